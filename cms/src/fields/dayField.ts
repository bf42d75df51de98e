import type { DateField } from 'payload'

/**
 * The display and input format of every calendar day in the admin: dd-mm-jjjj, with the year.
 * Typed input is parsed in this format too, so `01-12-2026` is 1 December, never 12 January.
 */
export const DAY_FORMAT = 'dd-MM-yyyy'

/**
 * A date field that holds a calendar day (no time): shown and typed as dd-mm-jjjj. Payload stores
 * it as 12:00 UTC on that day, so the day is the same in every European time zone.
 */
export const dayField = (
  name: string,
  label: { en: string; nl: string },
  options: Omit<Partial<DateField>, 'name' | 'type' | 'label'> = {},
): DateField => ({
  ...options,
  name,
  type: 'date',
  label,
  admin: {
    placeholder: { nl: 'dd-mm-jjjj', en: 'dd-mm-yyyy' },
    ...options.admin,
    date: { pickerAppearance: 'dayOnly', displayFormat: DAY_FORMAT, ...options.admin?.date },
  },
} as DateField)
