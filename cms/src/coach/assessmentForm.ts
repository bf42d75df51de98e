import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { hasRole } from '../access/hasRole'
import { idOf } from '../access/idOf'
import { compiledLadderOf, type LadderDocument } from '../collections/Assessments/compiledLadders'
import { defaultLadderIdOf } from '../collections/Assessments/resolveLadder'
import { SECTOR_LABELS } from '../collections/Workplaces'
import { dayOf } from '../dates/calendarDay'
import { CoachDataError } from './CoachDataError'
import { deriveFacts, derivableAmong, LIST_FACTS } from './deriveFacts'
import { OUTFLOW_LABELS } from '../i18n/outflowLabels'
import { labelOfFact, schemaAt } from './describeFactIssue'
import type { Id, ParticipantRef, Text } from './types'

/** How a fact is entered: a number, yes/no, a date, or a choice from a list. */
export type AssessmentFieldType = 'number' | 'boolean' | 'date' | 'choice'

/**
 * One field of the "Nieuwe meting" form, generated from a fact the ladder's rules read. An empty
 * field means *unknown* (leave the fact out), never "no".
 */
export interface AssessmentFormField {
  /** The fact's dotted path, e.g. `paidWork.hoursPerWeek`; also the key in the submitted `facts`. */
  name: string
  label: Text
  /** Longer help text (the fact's description), when there is one. */
  help: Text | null
  type: AssessmentFieldType
  /** For `choice`: the allowed values with their labels. */
  options?: { value: string; label: Text }[]
  /** For `choice`: several values may be picked (the fact is a list, e.g. kinds of support). */
  multiple?: boolean
  /** For `number`: whole numbers only. */
  integer?: boolean
  unit?: Text
  min?: number
  max?: number
  /** The value to start from: the previous assessment's, or what the CMS knows (workplace kind…). */
  value: string | number | boolean | string[] | null
  /** Where `value` comes from. */
  valueSource: 'previous-assessment' | 'cms' | null
  /** Ids of the ladder's criteria that read this fact. */
  criteria: string[]
}

export interface AssessmentFormLadderOption {
  /** The ladders document id (what `POST /api/assessments` takes as `ladder`). */
  id: Id
  ladderId: string
  version: string
  title: Text
  effectiveFrom: string | null
  /** The centre's default ladder, the version in effect on `asOf`. */
  isDefault: boolean
}

export interface AssessmentForm {
  participant: ParticipantRef
  asOf: string
  ladder: AssessmentFormLadderOption
  /** Ladders the coach may pick: per ladder id, the version in effect on `asOf`. */
  ladders: AssessmentFormLadderOption[]
  fields: AssessmentFormField[]
  /**
   * Facts the ladder reads that the form does not ask for because the CMS supplies them
   * (observations, learning goals, trajectory events): the server fills them in on save.
   */
  derivedFacts: { name: string; label: Text }[]
  /** The rungs the coach can record as growth potential (groeipotentie), lowest first. */
  growthPotentialOptions: { value: string; label: Text }[]
  previous: { id: Id; asOf: string; rung: string | null; rungLabel: Text | null; growthPotential: string | null } | null
}

export interface LoadAssessmentFormOptions {
  participantId: Id
  /** A ladders document id; default: the centre's default ladder, the version in effect on `asOf`. */
  ladderId?: Id
  /** `YYYY-MM-DD`. */
  asOf: string
}

/**
 * The "Nieuwe meting" form for a participant: the fields generated from the facts the ladder's
 * rules read (the fact vocabulary's Dutch and English labels and types), prefilled from the
 * previous assessment and the CMS, plus the ladders to pick from and the growth-potential rungs.
 *
 * @throws {@link CoachDataError} `participant-not-found`, `ladder-not-found` (404), `invalid-date` (400).
 */
export async function loadAssessmentForm(payload: Payload, user: TypedUser, options: LoadAssessmentFormOptions): Promise<AssessmentForm> {
  const language = (user as { language?: string }).language === 'en' ? 'en' : 'nl'
  const access = { user, overrideAccess: false, depth: 0 } as const
  const asOf = dayOf(options.asOf)
  if (asOf === null) throw new CoachDataError('invalid-date', { nl: 'Kies een datum die bestaat.', en: 'Pick a date that exists.' }, 400, language)
  const participant = await payload.findByID({ collection: 'participants', id: options.participantId, ...access }).catch(() => null)
  if (!participant || !hasRole(user, 'admin', 'centre-admin', 'coach')) {
    throw new CoachDataError('participant-not-found', { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }, 404, language)
  }
  const centre = idOf(participant.centre)
  const req = { payload, user, context: {}, i18n: { language }, t: (key: string) => key } as unknown as PayloadRequest

  // Per ladder id the version in effect on asOf: the centre's own, else the built-in.
  const { docs } = await payload.find({
    collection: 'ladders',
    where: { or: [{ centre: { equals: centre } }, { centre: { exists: false } }] },
    pagination: false,
    select: { ladderId: true, version: true, effectiveFrom: true, title: true, centre: true },
    ...access,
  })
  const candidates = (docs as unknown as LadderDocument[]).filter(
    (doc) => !String(doc.ladderId).startsWith('zrm-') && (!doc.effectiveFrom || doc.effectiveFrom <= asOf),
  )
  const byLadder = new Map<string, LadderDocument>()
  for (const doc of candidates) {
    const key = String(doc.ladderId)
    const best = byLadder.get(key)
    const own = (d: LadderDocument): boolean => idOf(d.centre) !== null
    if (
      !best ||
      (own(doc) && !own(best)) ||
      (own(doc) === own(best) && ((doc.effectiveFrom ?? '') > (best.effectiveFrom ?? '') || ((doc.effectiveFrom ?? '') === (best.effectiveFrom ?? '') && Number(doc.id) > Number(best.id))))
    ) {
      byLadder.set(key, doc)
    }
  }
  const defaultId = centre === null ? 'participatieladder' : await defaultLadderIdOf(req, centre)
  const optionOf = (doc: LadderDocument): AssessmentFormLadderOption => ({
    id: doc.id,
    ladderId: String(doc.ladderId),
    version: String(doc.version),
    title: textOf(doc.title, String(doc.ladderId)),
    effectiveFrom: doc.effectiveFrom ?? null,
    isDefault: String(doc.ladderId) === defaultId && byLadder.get(defaultId)?.id === doc.id,
  })
  const ladders = [...byLadder.values()].map(optionOf).sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.title.nl.localeCompare(b.title.nl))
  const chosenId = options.ladderId ?? byLadder.get(defaultId)?.id ?? ladders[0]?.id
  const ladder = (chosenId === undefined
    ? null
    : await payload.findByID({ collection: 'ladders', id: chosenId, ...access }).catch(() => null)) as LadderDocument | null
  if (!ladder || (idOf(ladder.centre) !== null && String(idOf(ladder.centre)) !== String(centre))) {
    throw new CoachDataError('ladder-not-found', { nl: 'Ladder niet gevonden.', en: 'Ladder not found.' }, 404, language)
  }
  const { compiled, factsRead } = compiledLadderOf(ladder)

  // The previous assessment on this ladder prefills the form.
  const previousDoc = (
    await payload
      .find({
        collection: 'assessments',
        where: { and: [{ participant: { equals: participant.id } }, { ladderKey: { equals: compiled.id } }, { voided: { not_equals: true } }] },
        sort: '-asOf',
        limit: 1,
        ...access,
      })
      .catch(() => ({ docs: [] }))
  ).docs[0] as
    | { id: Id; asOf?: string; rung?: string | null; rungLabel?: { nl?: string | null; en?: string | null }; growthPotential?: string | null; facts?: Record<string, unknown> }
    | undefined

  const leaves = new Map<string, string[]>()
  const derivedFacts: { name: string; label: Text }[] = []
  for (const [path, criteria] of factsRead) {
    const root = path.split('.')[0]!
    if (LIST_FACTS.has(root)) {
      if (!derivedFacts.some((fact) => fact.name === root)) derivedFacts.push({ name: root, label: labelOfFact(root) })
      continue
    }
    const schema = schemaAt(`/${path.split('.').join('/')}`)
    const properties = schema && typesOf(schema).includes('object') ? (schema.properties as Record<string, Schema> | undefined) : undefined
    for (const leaf of properties ? Object.keys(properties).map((key) => `${path}.${key}`) : [path]) {
      leaves.set(leaf, [...new Set([...(leaves.get(leaf) ?? []), ...criteria])])
    }
  }
  const derivable = derivableAmong(leaves.keys()).filter((fact) => leaves.has(fact))
  const trajectory = derivable.some((fact) => fact.startsWith('trajectory.'))
    ? ((await payload.find({ collection: 'trajectories', where: { participant: { equals: participant.id } }, sort: '-startDate', limit: 1, ...access })).docs[0] ?? null)
    : null
  const known = derivable.length ? await deriveFacts({ payload, user, participant, trajectory, asOf }, derivable) : {}

  const fields: AssessmentFormField[] = [...leaves].map(([name, criteria]) => {
    const previous = previousDoc?.facts ? valueAt(previousDoc.facts, name) : undefined
    const fromCms = known[name]
    const value = (previous ?? fromCms ?? null) as AssessmentFormField['value']
    return {
      ...fieldShape(name, compiled.factLabels[name]),
      value,
      valueSource: previous !== undefined && previous !== null ? 'previous-assessment' : fromCms !== undefined ? 'cms' : null,
      criteria,
    }
  })

  return {
    participant: { id: participant.id, code: participant.code ?? '', displayName: participant.displayName ?? null },
    asOf,
    ladder: optionOf(ladder),
    ladders,
    fields,
    derivedFacts,
    growthPotentialOptions: compiled.ladder.rungs.map((rung) => ({ value: rung.id, label: textOf(rung.title, rung.id) })),
    previous: previousDoc
      ? {
          id: previousDoc.id,
          asOf: dayOf(previousDoc.asOf) ?? '',
          rung: previousDoc.rung ?? null,
          rungLabel: previousDoc.rungLabel?.nl || previousDoc.rungLabel?.en ? textOf(previousDoc.rungLabel, '') : null,
          growthPotential: previousDoc.growthPotential ?? null,
        }
      : null,
  }
}

/**
 * Turns the form's values (by dotted fact path) into the `facts` to send: empty values are left
 * out (unknown, never "no"), groups are nested. Pure; usable in the browser.
 *
 * @example
 * factsFromForm({ 'paidWork.hoursPerWeek': 24, 'paidWork.support': [], socialContactsPerWeek: '' })
 * //=> { paidWork: { hoursPerWeek: 24, support: [] } }
 */
export const factsFromForm = (values: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const facts: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue
    const parts = path.split('.')
    let node = facts
    for (const part of parts.slice(0, -1)) {
      node[part] = typeof node[part] === 'object' && node[part] !== null ? node[part] : {}
      node = node[part] as Record<string, unknown>
    }
    node[parts[parts.length - 1]!] = value
  }
  return facts
}

type Schema = { readonly [keyword: string]: unknown }

const textOf = (text: { nl?: string | null; en?: string | null } | null | undefined, fallback: string): Text => ({
  nl: text?.nl || text?.en || fallback,
  en: text?.en || text?.nl || fallback,
})

const typesOf = (schema: Schema): string[] => {
  const type = schema.type
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string' && t !== 'null')
}

const valueAt = (facts: Record<string, unknown>, path: string): unknown => {
  let node: unknown = facts
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

const CHOICE_LABELS: Record<string, Text> = {
  'wage-subsidy': { nl: 'Loonkostensubsidie', en: 'Wage subsidy' },
  'top-up-benefit': { nl: 'Aanvullende uitkering', en: 'Top-up benefit' },
  jobcoach: { nl: 'Jobcoach', en: 'Job coach' },
  'sheltered-work': { nl: 'Beschut werk', en: 'Sheltered work' },
  other: { nl: 'Anders', en: 'Other' },
  protected: { nl: 'Beschermde werkplaats', en: 'Protected workplace' },
  societal: { nl: 'Maatschappelijke werkplaats', en: 'Societal workplace' },
  'csr-employer': { nl: 'MVO-werkgever', en: 'CSR employer' },
  'regular-employer': { nl: 'Reguliere werkgever', en: 'Regular employer' },
  none: { nl: 'Geen', en: 'None' },
  primary: { nl: 'Basisonderwijs', en: 'Primary school' },
  vmbo: { nl: 'Vmbo', en: 'Vmbo' },
  entreeopleiding: { nl: 'Entreeopleiding (mbo-1)', en: 'Entry course (mbo-1)' },
  'mbo-2': { nl: 'Mbo 2', en: 'Mbo level 2' },
  'mbo-3': { nl: 'Mbo 3', en: 'Mbo level 3' },
  'mbo-4': { nl: 'Mbo 4', en: 'Mbo level 4' },
  havo: { nl: 'Havo', en: 'Havo' },
  vwo: { nl: 'Vwo', en: 'Vwo' },
  hbo: { nl: 'Hbo', en: 'Higher professional education' },
  wo: { nl: 'Universiteit', en: 'University' },
  ...OUTFLOW_LABELS,
  ...Object.fromEntries(Object.entries(SECTOR_LABELS).map(([value, label]) => [value, { nl: label.nl, en: label.en }])),
}

const unitOf = (name: string): Text | undefined => {
  if (/hoursPerWeek/i.test(name)) return { nl: 'uur per week', en: 'hours a week' }
  if (/PerWeek$/.test(name)) return { nl: 'per week', en: 'a week' }
  return undefined
}

/** The input for a fact, from the vocabulary's JSON Schema; a centre's own fact without a schema is a number. */
const fieldShape = (name: string, label: { nl?: string; en?: string } | undefined): Omit<AssessmentFormField, 'value' | 'valueSource' | 'criteria'> => {
  const schema = schemaAt(`/${name.split('.').join('/')}`)
  const base = { name, label: label ? textOf(label, name) : labelOfFact(name), help: null }
  const types = schema ? typesOf(schema) : []
  const enumOf = (node: Schema | null): string[] | null =>
    Array.isArray(node?.enum) ? (node!.enum as unknown[]).filter((v): v is string => typeof v === 'string') : null
  const options = (values: string[]) => values.map((value) => ({ value, label: CHOICE_LABELS[value] ?? { nl: value, en: value } }))
  if (types.includes('array')) {
    const values = enumOf((schema?.items as Schema | undefined) ?? null) ?? []
    return { ...base, type: 'choice', options: options(values), multiple: true }
  }
  const values = enumOf(schema)
  if (values) return { ...base, type: 'choice', options: options(values) }
  if (types.includes('boolean')) return { ...base, type: 'boolean' }
  if (types.includes('string') && schema?.format === 'date') return { ...base, type: 'date' }
  const unit = unitOf(name)
  return {
    ...base,
    type: 'number',
    integer: types.includes('integer'),
    ...(unit ? { unit } : {}),
    ...(typeof schema?.minimum === 'number' ? { min: schema.minimum } : {}),
    ...(typeof schema?.maximum === 'number' ? { max: schema.maximum } : {}),
  }
}
