import { DoorstartError } from '../errors/DoorstartError.js'
import type { FactLabels } from '../facts/factLabels.js'
import { joinPointer } from '../internal/jsonPointer.js'

const MAX_LABEL_LENGTH = 200

/** Returns a copy of the fact names, or throws `invalid-fact-labels` with the path of the first bad one. */
export function checkFactLabels(labels: unknown): FactLabels {
  const fail = (path: string, message: string): never => {
    throw new DoorstartError('invalid-fact-labels', message, path)
  }
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    return fail('/factLabels', 'factLabels must be an object of fact paths to names, e.g. {"keukenUren": {"nl": "uren in de keuken", "en": "hours in the kitchen"}}.')
  }
  const checked: Record<string, { nl?: string; en?: string }> = {}
  for (const [path, label] of Object.entries(labels)) {
    const at = joinPointer('/factLabels', path)
    if (typeof label !== 'object' || label === null || Array.isArray(label)) fail(at, `The name of fact "${path}" must be an object with "nl" and/or "en" text.`)
    const { nl, en, ...rest } = label as Record<string, unknown>
    const extra = Object.keys(rest)[0]
    if (extra !== undefined) fail(joinPointer(at, extra), `The name of fact "${path}" has "${extra}"; only "nl" and "en" are allowed.`)
    if (nl === undefined && en === undefined) fail(at, `The name of fact "${path}" needs "nl" or "en" text.`)
    for (const [locale, text] of [['nl', nl], ['en', en]] as const) {
      if (text !== undefined && (typeof text !== 'string' || text.trim() === '' || text.length > MAX_LABEL_LENGTH)) {
        fail(joinPointer(at, locale), `The ${locale === 'nl' ? 'Dutch' : 'English'} name of fact "${path}" must be text of 1 to ${MAX_LABEL_LENGTH} characters.`)
      }
    }
    checked[path] = { ...(nl === undefined ? {} : { nl: nl as string }), ...(en === undefined ? {} : { en: en as string }) }
  }
  return checked as FactLabels
}
