import type { DocumentLocale } from '../layout/CentreInfo.js'

const MONTHS: Readonly<Record<DocumentLocale, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
const WEEKDAYS: Readonly<Record<DocumentLocale, readonly string[]>> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}

const parts = (iso: string): [number, number, number] => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return [year, month, day]
}

/** `2026-03-03` → `3 maart 2026` / `3 March 2026`. */
export function formatDate(iso: string, locale: DocumentLocale): string {
  const [year, month, day] = parts(iso)
  return `${day} ${MONTHS[locale][month - 1] ?? ''} ${year}`
}

/** `2026-03-03` → `dinsdag 3 maart` / `Tuesday 3 March`. */
export function formatWeekday(iso: string, locale: DocumentLocale): string {
  const [, month, day] = parts(iso)
  const weekday = WEEKDAYS[locale][new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? ''
  const name = locale === 'nl' ? weekday.charAt(0).toUpperCase() + weekday.slice(1) : weekday
  return `${name} ${day} ${MONTHS[locale][month - 1] ?? ''}`
}

/** Days since 1970-01-01 of an ISO date, for chart scales. */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
