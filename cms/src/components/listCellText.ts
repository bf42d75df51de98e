// The words of the list cells below, in Dutch and English: pure, so tests read them without React.

type Language = 'nl' | 'en'

const WEEKDAYS: Record<Language, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}

const languageOf = (language: string | undefined): Language => (language === 'en' ? 'en' : 'nl')

/** A checkbox in a list: "ja"/"nee" (Payload shows `waar`/`onwaar`, JavaScript's true and false). */
export const yesNo = (value: unknown, language?: string): string => {
  const english = languageOf(language) === 'en'
  return value === true ? (english ? 'yes' : 'ja') : english ? 'no' : 'nee'
}

/** Day 1–7 of an activity as its name: 1 is "maandag". */
export const weekdayName = (value: unknown, language?: string): string => {
  const day = typeof value === 'number' ? value : Number(value)
  return Number.isInteger(day) && day >= 1 && day <= 7 ? WEEKDAYS[languageOf(language)][day - 1]! : ''
}

/** The `{ nl, en }` text in the user's language, else the other one. */
export const inLanguage = (text: unknown, language?: string): string => {
  const value = text as { nl?: string | null; en?: string | null } | null | undefined
  if (!value || typeof value !== 'object') return ''
  return (languageOf(language) === 'en' ? value.en || value.nl : value.nl || value.en) ?? ''
}

/** What an empty relationship means where it means something: a built-in ladder, every workplace. */
export const EMPTY_MEANS = {
  builtIn: { nl: 'ingebouwd (alle centra)', en: 'built in (every centre)' },
  everyWorkplace: { nl: 'alle werkplekken', en: 'every workplace' },
} as const

export const emptyMeans = (kind: keyof typeof EMPTY_MEANS, language?: string): string => EMPTY_MEANS[kind][languageOf(language)]
