/**
 * A calendar day as people write it here: dd-mm-jjjj (`14-02-2026`), in Europe/Amsterdam.
 * Accepts an ISO date (`2026-02-14`), an ISO timestamp or a Date; empty for nothing or nonsense.
 *
 * @example
 * formatDay('2026-02-14T12:00:00.000Z') //=> '14-02-2026'
 */
export const formatDay = (value: string | Date | null | undefined): string => {
  if (!value) return ''
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-')
    return `${day}-${month}-${year}`
  }
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(date)
  const part = (type: string): string => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('day')}-${part('month')}-${part('year')}`
}

/**
 * The ISO day (`2026-02-14`) of a stored date, in Europe/Amsterdam.
 *
 * @example
 * isoDay('2026-02-14T12:00:00.000Z') //=> '2026-02-14'
 */
export const isoDay = (value: string | Date | null | undefined): string => {
  const shown = formatDay(value)
  if (!shown) return ''
  const [day, month, year] = shown.split('-')
  return `${year}-${month}-${day}`
}
