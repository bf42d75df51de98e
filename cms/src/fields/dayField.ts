import type { DateField, FieldAccess } from 'payload'

/**
 * The display and input format of every calendar day in the admin: dd-mm-jjjj, with the year.
 * Typed input is parsed in this format too, so `01-12-2026` is 1 December, never 12 January.
 */
export const DAY_FORMAT = 'dd-MM-yyyy'

export interface DayFieldOptions {
  required?: boolean
  readOnly?: boolean
  description?: { en: string; nl: string }
  access?: { create?: FieldAccess; read?: FieldAccess; update?: FieldAccess }
  admin?: DateField['admin']
}

/**
 * A date-only field (a calendar day, no time): picked, typed and shown as dd-mm-jjjj. The picker
 * stores it as 12:00 UTC on that day, so the day is the same in every European time zone.
 */
export const dayField = (name: string, label: { en: string; nl: string }, options: DayFieldOptions = {}): DateField => ({
  name,
  type: 'date',
  required: options.required ?? false,
  label,
  ...(options.access ? { access: options.access } : {}),
  admin: {
    placeholder: { nl: 'dd-mm-jjjj', en: 'dd-mm-yyyy' },
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...options.admin,
    date: { pickerAppearance: 'dayOnly', displayFormat: DAY_FORMAT, ...options.admin?.date },
  },
})
