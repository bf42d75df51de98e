import type { OutflowType } from '@doorstart/ladder'

/** How a trajectory ended (the library's `OUTFLOW_TYPES`), in Dutch and English: one list for the trajectory form, the assessment form and the reports. */
export const OUTFLOW_LABELS: Record<OutflowType, { en: string; nl: string }> = {
  'paid-work': { en: 'Paid work', nl: 'Betaald werk' },
  'paid-work-with-support': { en: 'Paid work with support', nl: 'Betaald werk met ondersteuning' },
  education: { en: 'Education', nl: 'Opleiding' },
  volunteering: { en: 'Volunteering', nl: 'Vrijwilligerswerk' },
  'other-programme': { en: 'Other programme or care', nl: 'Ander traject of zorg' },
  'stopped-health': { en: 'Stopped: health', nl: 'Gestopt: gezondheid' },
  'stopped-moved': { en: 'Stopped: moved', nl: 'Gestopt: verhuisd' },
  'stopped-other': { en: 'Stopped: other', nl: 'Gestopt: anders' },
  'cap-reached': { en: 'Maximum length reached', nl: 'Maximale duur bereikt' },
}
