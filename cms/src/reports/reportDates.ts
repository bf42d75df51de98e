// The dashboard's dates as a Dutch reader writes them (dd-mm-jjjj), whatever the browser's own
// date format: a native date field shows 12/01/2025 in an American-English browser, which a
// Dutch reader takes for 12 January.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DUTCH = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/

const isRealDay = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** `2025-12-01` → `01-12-2025`; anything else is returned as it is. */
export const formatDay = (iso: string): string => {
  const match = ISO.exec(iso)
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso
}

/** `1-12-2025`, `01-12-2025`, `01/12/2025`, `1.12.2025` or `2025-12-01` → `2025-12-01`; otherwise null. */
export const parseDay = (input: string | undefined | null): string | null => {
  const text = (input ?? '').trim()
  const iso = ISO.exec(text)
  const dutch = DUTCH.exec(text)
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [NaN, NaN, NaN]
  if (!isRealDay(year, month, day)) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
