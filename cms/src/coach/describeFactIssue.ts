// Dutch (and English) messages for the ladder library's fact issues, naming the field by the fact
// vocabulary's label. Like the library's messages they never repeat the value: facts are personal.
import { factLabels, factSchema, type ValidationIssue } from '@doorstart/ladder'

type Schema = { readonly [keyword: string]: unknown }
type Text = { nl: string; en: string }

const segmentsOf = (pointer: string): string[] =>
  pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))

/** The schema node at a JSON Pointer into the facts, when the vocabulary describes it. */
export const schemaAt = (pointer: string): Schema | null => {
  let node: Schema | undefined = factSchema as unknown as Schema
  for (const segment of segmentsOf(pointer)) {
    if (!node) return null
    if (/^\d+$/.test(segment) && node.items) node = node.items as Schema
    else node = (node.properties as Record<string, Schema> | undefined)?.[segment]
  }
  return node ?? null
}

/** The dotted fact path of a pointer, without list positions: `/observations/2/level` → `observations.level`. */
export const factPathOf = (pointer: string): string =>
  segmentsOf(pointer)
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.')

/** The fact's name in Dutch and English: the vocabulary's label, else the nearest labelled parent, else the path. */
export const labelOfFact = (path: string, extra: Readonly<Record<string, { nl?: string; en?: string }>> = {}): Text => {
  const parts = path.split('.')
  for (let length = parts.length; length > 0; length -= 1) {
    const key = parts.slice(0, length).join('.')
    const label = extra[key] ?? factLabels[key]
    if (label) {
      const rest = parts.slice(length).join('.')
      const nl = label.nl ?? label.en ?? key
      const en = label.en ?? label.nl ?? key
      return rest ? { nl: `${nl} (${rest})`, en: `${en} (${rest})` } : { nl, en }
    }
  }
  return { nl: path || 'gegevens', en: path || 'facts' }
}

const typesOf = (schema: Schema | null): string[] => {
  const type = schema?.type
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string' && t !== 'null')
}

const wrongType = (schema: Schema | null): Text => {
  const types = typesOf(schema)
  if (types.includes('integer')) return { nl: 'moet een heel getal zijn', en: 'must be a whole number' }
  if (types.includes('number')) return { nl: 'moet een getal zijn', en: 'must be a number' }
  if (types.includes('boolean')) return { nl: 'moet ja of nee zijn', en: 'must be yes or no' }
  if (types.includes('string') && schema?.format === 'date') return { nl: 'moet een datum zijn', en: 'must be a date' }
  if (types.includes('array')) return { nl: 'moet een lijst zijn', en: 'must be a list' }
  if (types.includes('object')) return { nl: 'moet een groep gegevens zijn', en: 'must be a group of facts' }
  if (types.includes('string')) return { nl: 'moet tekst zijn', en: 'must be text' }
  return { nl: 'heeft een verkeerd soort waarde', en: 'has the wrong kind of value' }
}

const range = (schema: Schema | null): Text => {
  const min = typeof schema?.minimum === 'number' ? schema.minimum : null
  const max = typeof schema?.maximum === 'number' ? schema.maximum : null
  if (min !== null && max !== null) return { nl: `moet tussen ${min} en ${max} liggen`, en: `must be between ${min} and ${max}` }
  if (min !== null) return { nl: `moet minstens ${min} zijn`, en: `must be at least ${min}` }
  if (max !== null) return { nl: `mag hoogstens ${max} zijn`, en: `must be at most ${max}` }
  return { nl: 'ligt buiten het toegestane bereik', en: 'is out of range' }
}

const reasonOf = (issue: ValidationIssue, schema: Schema | null): Text => {
  switch (issue.code) {
    case 'wrong-type':
      return wrongType(schema)
    case 'out-of-range':
      return range(schema)
    case 'invalid-date':
      return { nl: 'moet een datum zijn die bestaat', en: 'must be a date that exists' }
    case 'unknown-value':
      return { nl: 'is geen van de mogelijke keuzes', en: 'is not one of the choices' }
    case 'unknown-fact':
      return { nl: 'bestaat niet; controleer de spelling', en: 'does not exist; check the spelling' }
    case 'missing-field':
      return { nl: 'is verplicht', en: 'is required' }
    case 'invalid-id':
      return { nl: 'moet een code zijn zoals "keuken-hygiene"', en: 'must be a code such as "kitchen-hygiene"' }
    case 'duplicate-item':
      return { nl: 'staat er twee keer in', en: 'is listed twice' }
    case 'too-many-items':
      return { nl: 'heeft te veel regels', en: 'has too many entries' }
    case 'too-long':
      return { nl: 'is te lang', en: 'is too long' }
    case 'facts-not-object':
      return { nl: 'moeten als lijst van gegevens worden meegestuurd (een JSON-object)', en: 'must be sent as a set of facts (a JSON object)' }
    default:
      return { nl: 'is ongeldig', en: 'is not valid' }
  }
}

/**
 * A fact issue as a form error: the field path in the assessment (`facts.paidWork.hoursPerWeek`)
 * and a message that names the fact in Dutch, e.g. "contracturen betaald werk per week: moet
 * tussen 0 en 168 liggen".
 */
export const describeFactIssue = (
  issue: ValidationIssue,
  extraLabels: Readonly<Record<string, { nl?: string; en?: string }>> = {},
): { path: string; message: Text } => {
  const dotted = segmentsOf(issue.path).join('.')
  const label = issue.path === '' ? { nl: 'Gegevens', en: 'Facts' } : labelOfFact(factPathOf(issue.path), extraLabels)
  const reason = reasonOf(issue, schemaAt(issue.path))
  const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
  return {
    path: dotted ? `facts.${dotted}` : 'facts',
    message: { nl: `${capital(label.nl)}: ${reason.nl}.`, en: `${capital(label.en)}: ${reason.en}.` },
  }
}
