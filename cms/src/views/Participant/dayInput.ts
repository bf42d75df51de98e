// Calendar days as people type them here (dd-mm-jjjj) and as the API takes them (YYYY-MM-DD).

/**
 * Reads a typed day: `01-12-2026`, `1-12-2026`, `01/12/2026` or `01.12.2026` is 1 December 2026
 * (day first, always). `null` for anything that is not a real day.
 *
 * @example
 * parseDay('01-12-2026') //=> '2026-12-01'
 */
export const parseDay = (text: string): string | null => {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text)
  if (!match) return null
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** `2026-12-01` → `01-12-2026`. */
export const showDay = (iso: string | null | undefined): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  return match ? `${match[3]}-${match[2]}-${match[1]}` : ''
}

/** Reads a typed number the Dutch way too (`2,5`); `null` when it is not a number. */
export const parseNumber = (text: string): number | null => {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null
  return Number(cleaned)
}
