import type { HistoryOutflowType } from '@doorstart/ladder'
import { OUTFLOW_LABELS as TRAJECTORY_OUTFLOW_LABELS } from '../i18n/outflowLabels'
import type { ReportText } from './CohortReport'

export const OUTFLOW_LABELS: Record<HistoryOutflowType, ReportText> = {
  ...TRAJECTORY_OUTFLOW_LABELS,
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
