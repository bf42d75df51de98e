import type { HistoryOutflowType } from '@doorstart/ladder'
import type { ReportText } from './CohortReport'

export const OUTFLOW_LABELS: Record<HistoryOutflowType, ReportText> = {
  'paid-work': { en: 'Paid work', nl: 'Betaald werk' },
  'paid-work-with-support': { en: 'Paid work with support', nl: 'Betaald werk met ondersteuning' },
  education: { en: 'Education', nl: 'Opleiding' },
  volunteering: { en: 'Volunteering', nl: 'Vrijwilligerswerk' },
  'other-programme': { en: 'Other programme or care', nl: 'Ander traject of zorg' },
  'stopped-health': { en: 'Stopped: health', nl: 'Gestopt: gezondheid' },
  'stopped-moved': { en: 'Stopped: moved', nl: 'Gestopt: verhuisd' },
  'stopped-other': { en: 'Stopped: other', nl: 'Gestopt: anders' },
  'cap-reached': { en: 'Maximum length reached', nl: 'Maximale duur bereikt' },
  dropout: { en: 'Dropped out', nl: 'Uitgevallen' },
  return: { en: 'Returned after dropout', nl: 'Teruggekeerd na uitval' },
}

export const SOURCE_LABELS: Record<string, ReportText> = {
  municipality: { en: 'Municipality', nl: 'Gemeente' },
  self: { en: 'Self', nl: 'Zelf' },
  partner: { en: 'Partner', nl: 'Partner' },
}

export const T = {
  people: { en: 'People', nl: 'Personen' },
  referrals: { en: 'Referrals', nl: 'Aanmeldingen' },
  total: { en: 'Total', nl: 'Totaal' },
  noRung: { en: 'No rung yet', nl: 'Nog geen trede' },
  meanDays: { en: 'Mean days', nl: 'Gemiddeld aantal dagen' },
  medianDays: { en: 'Median days', nl: 'Mediaan dagen' },
  goals: { en: 'Goals', nl: 'Leerdoelen' },
  achieved: { en: 'Achieved', nl: 'Behaald' },
  completion: { en: 'Completion (%)', nl: 'Behaald (%)' },
  admitted: { en: 'Admitted', nl: 'Toegelaten' },
  refused: { en: 'Refused', nl: 'Afgewezen' },
  open: { en: 'Still open (received or intake)', nl: 'Nog open (ontvangen of intake)' },
  lasting: { en: 'Lasting work after 6 months', nl: 'Na 6 maanden nog aan het werk' },
  returned: { en: 'Returned (dropped out)', nl: 'Teruggevallen (uitgevallen)' },
  unknownYet: { en: 'Not known yet', nl: 'Nog niet bekend' },
} satisfies Record<string, ReportText>
