// Maps between the ladders collection (a form: rungs and criteria as nested arrays) and the ladder
// library's definition format. Payload array rows carry their own `id`, so the ladder's ids live
// in `ladderId`, `rungId` and `criterionId`.

/** A `{ nl, en }` group as stored; either may be empty. */
export interface StoredText {
  nl?: string | null
  en?: string | null
}

export interface StoredCriterion {
  id?: string | null
  criterionId?: string | null
  title?: StoredText | null
  description?: StoredText | null
  rule?: unknown
}

export interface StoredRung {
  id?: string | null
  rungId?: string | null
  title?: StoredText | null
  description?: StoredText | null
  criteria?: StoredCriterion[] | null
}

export interface StoredLadder {
  ladderId?: string | null
  version?: string | null
  effectiveFrom?: string | null
  placement?: string | null
  title?: StoredText | null
  description?: StoredText | null
  rungs?: StoredRung[] | null
}

const textOf = (text: StoredText | null | undefined): Record<string, string> | undefined => {
  const result: Record<string, string> = {}
  if (text?.nl) result.nl = text.nl
  if (text?.en) result.en = text.en
  return Object.keys(result).length ? result : undefined
}

const withOptional = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T

/** The definition the ladder library validates, built from a stored (or submitted) document. */
export const toLadderInput = (doc: StoredLadder): Record<string, unknown> =>
  withOptional({
    id: doc.ladderId ?? undefined,
    version: doc.version ?? undefined,
    effectiveFrom: doc.effectiveFrom || undefined,
    title: textOf(doc.title) ?? {},
    description: textOf(doc.description),
    placement: doc.placement ?? undefined,
    rungs: (doc.rungs ?? []).map((rung) =>
      withOptional({
        id: rung.rungId ?? undefined,
        title: textOf(rung.title) ?? {},
        description: textOf(rung.description),
        criteria: (rung.criteria ?? []).map((criterion) =>
          withOptional({
            id: criterion.criterionId ?? undefined,
            title: textOf(criterion.title) ?? {},
            description: textOf(criterion.description),
            rule: criterion.rule ?? null,
          }),
        ),
      }),
    ),
  })

interface LadderDefinition {
  id: string
  version: string
  effectiveFrom?: string
  title: StoredText
  description?: StoredText
  placement: string
  rungs: readonly {
    id: string
    title: StoredText
    description?: StoredText
    criteria: readonly { id: string; title: StoredText; description?: StoredText; rule: unknown }[]
  }[]
}

/** The form fields for a ladder definition (used to seed the built-in ladders). */
export const toLadderFields = (ladder: LadderDefinition): StoredLadder => ({
  ladderId: ladder.id,
  version: ladder.version,
  effectiveFrom: ladder.effectiveFrom ?? null,
  placement: ladder.placement,
  title: { nl: ladder.title.nl ?? null, en: ladder.title.en ?? null },
  description: { nl: ladder.description?.nl ?? null, en: ladder.description?.en ?? null },
  rungs: ladder.rungs.map((rung) => ({
    rungId: rung.id,
    title: { nl: rung.title.nl ?? null, en: rung.title.en ?? null },
    description: { nl: rung.description?.nl ?? null, en: rung.description?.en ?? null },
    criteria: rung.criteria.map((criterion) => ({
      criterionId: criterion.id,
      title: { nl: criterion.title.nl ?? null, en: criterion.title.en ?? null },
      description: { nl: criterion.description?.nl ?? null, en: criterion.description?.en ?? null },
      rule: criterion.rule,
    })),
  })),
})

const ID_FIELD: Record<number, string> = { 0: 'ladderId', 2: 'rungId', 4: 'criterionId' }
const LEAF_FIELDS = new Set(['version', 'effectiveFrom', 'placement', 'rule', 'id'])

const decodePointerSegment = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~')

/**
 * Turns a validation issue's JSON Pointer into the admin form's field path, so the message shows
 * on the field: `/rungs/2/criteria/0/rule/and/1` → `rungs.2.criteria.0.rule`,
 * `/rungs/1/id` → `rungs.1.rungId`, `/title` → `title.nl`.
 */
export const toFieldPath = (pointer: string): string => {
  const segments = pointer.split('/').slice(1).map(decodePointerSegment)
  const result: string[] = []
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] as string
    const depth = result.length
    if (segment === 'id') {
      result.push(ID_FIELD[depth] ?? 'id')
      break
    }
    result.push(segment)
    if (LEAF_FIELDS.has(segment)) break
    if (segment === 'title' || segment === 'description') {
      const next = segments[index + 1]
      result.push(next === 'en' ? 'en' : 'nl')
      break
    }
  }
  if (result.length === 0) return 'ladderId'
  // An issue about a whole array (`/rungs`) or row (`/rungs/2`) lands on the array field.
  return result.join('.')
}
