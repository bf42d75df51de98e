import type { Ladder } from '../ladder/Ladder.js'
import { participatieladder } from './participatieladder.js'
import { pluspuntParticipatieWerk, pluspuntZorgParticipatie } from './pluspunt.js'
import { startkwalificatie } from './startkwalificatie.js'
import { werknemersvaardigheden } from './werknemersvaardigheden.js'
import { zrmLadders } from './zrm.js'

/**
 * The built-in ladders by id; the four named ones are always present.
 *
 * @example
 * ```ts
 * const ladders: BuiltinLadders = builtinLadders
 * ladders.participatieladder.rungs.length //=> 6
 * ```
 */
export type BuiltinLadders = {
  readonly participatieladder: Ladder
  readonly 'pluspunt-zorg-participatie': Ladder
  readonly 'pluspunt-participatie-werk': Ladder
  readonly werknemersvaardigheden: Ladder
  readonly startkwalificatie: Ladder
  readonly [id: string]: Ladder
}

/**
 * Every built-in ladder, keyed by ladder id: the participation ladder, Pluspunt's two ladders,
 * employee skills, the basic qualification and the 13 self-sufficiency-matrix domains (`zrm-…`). Plain data that passes
 * `validateLadder`; the CMS seeds its ladder collection from it, and a centre can replace one with
 * its own version (see {@link resolveLadder}).
 *
 * @example
 * ```ts
 * import { assess, builtinLadders } from '@doorstart/ladder'
 * const result = assess(builtinLadders.participatieladder, { socialContactsPerWeek: 3 }, { asOf: '2026-03-01' })
 * result.rung //=> 'sociale-contacten'
 * result.provisional //=> true (rungs 3–6 are unknown)
 * ```
 */
export const builtinLadders: BuiltinLadders = {
  participatieladder,
  'pluspunt-zorg-participatie': pluspuntZorgParticipatie,
  'pluspunt-participatie-werk': pluspuntParticipatieWerk,
  werknemersvaardigheden,
  startkwalificatie,
  ...zrmLadders,
}

/**
 * Where a built-in ladder comes from: the source documents and the defaults chosen where they are vague.
 *
 * @example
 * ```ts
 * const source: LadderSource = { documents: ['003_39bc035d67f3ea38.txt'], defaults: ['A regular employer counts as rung 3.'] }
 * ```
 */
export interface LadderSource {
  /** Source documents (file names as DOMAIN.md cites them) or the published instrument. */
  readonly documents: readonly string[]
  /** Defaults chosen where a source is vague; each is documented in docs/ladders.md. */
  readonly defaults: readonly string[]
}

const ZRM_SOURCE: LadderSource = {
  documents: ['DOMAIN.md §3 (ZRM, GGD Amsterdam) [ext]'],
  defaults: ['Labels only: the cell texts are copyrighted.', 'Special-category data: off by default in the CMS.'],
}

/**
 * The sources of each built-in ladder, keyed by ladder id.
 *
 * @example
 * ```ts
 * builtinLadderSources['pluspunt-participatie-werk']?.documents //=> ['003_39bc035d67f3ea38.txt']
 * ```
 */
export const builtinLadderSources: { readonly [id: string]: LadderSource } = {
  participatieladder: {
    documents: ['DOMAIN.md §3 (Participatieladder, Regioplan/Divosa) [ext]', '000_3edb52956db5646c.txt'],
    defaults: [
      'At least weekly social contact: socialContactsPerWeek >= 1.',
      'Organised activity weekly: organisedActivityHoursPerWeek > 0.',
      'A work-experience place with benefit kept is rung 4 whatever its hours.',
      'Support is any entry in paidWork.support.',
      'Growth-potential horizon: 12 months (DOMAIN.md §7.10).',
    ],
  },
  'pluspunt-zorg-participatie': {
    documents: ['003_39bc035d67f3ea38.txt'],
    defaults: [
      'Cumulative: a work-oriented trajectory builds on the social and educational ones.',
      'Educational: at least one learning goal active or achieved.',
    ],
  },
  'pluspunt-participatie-werk': {
    documents: ['003_39bc035d67f3ea38.txt'],
    defaults: ['First-match on workplace.kind; a regular employer counts as rung 3.'],
  },
  werknemersvaardigheden: {
    documents: ['DOMAIN.md §3 (Werknemersvaardigheden) [ext]', '001_9a0c4fce56949085.txt'],
    defaults: ['Short scale 1–4: not yet, with help, independently, can show others.'],
  },
  startkwalificatie: {
    documents: ['DOMAIN.md §3 (Startkwalificatie) [ext]'],
    defaults: ['Higher education counts as having the basic qualification.', 'A foreign diploma without recognition is recorded as none.'],
  },
  ...Object.fromEntries(Object.keys(zrmLadders).map((id) => [id, ZRM_SOURCE])),
}

/**
 * Picks the ladder a centre uses for `id`: its own newest version in effect (on `asOf`, when
 * given: a version whose `effectiveFrom` lies after it is not used yet), otherwise the built-in.
 * Centre ladders must already be validated (`validateLadder`).
 *
 * @returns The ladder, or `undefined` when neither the centre nor the built-ins have `id`.
 * @example
 * ```ts
 * const own = { ...builtinLadders.participatieladder, version: '2026.2-rotterdam', effectiveFrom: '2026-06-01' }
 * resolveLadder('participatieladder', [own])?.version //=> '2026.2-rotterdam'
 * resolveLadder('participatieladder', [own], { asOf: '2026-03-01' })?.version //=> '2026.1' (the built-in)
 * ```
 */
export function resolveLadder(
  id: string,
  centreLadders: readonly Ladder[] = [],
  options: { readonly asOf?: string } = {},
): Ladder | undefined {
  const asOf = options.asOf
  const own = centreLadders.filter((ladder) => ladder.id === id && (asOf === undefined || (ladder.effectiveFrom ?? '') <= asOf))
  if (own.length > 0) {
    // The newest effective version wins; ties keep the last one given.
    return own.reduce((best, ladder) => ((ladder.effectiveFrom ?? '') >= (best.effectiveFrom ?? '') ? ladder : best))
  }
  return Object.hasOwn(builtinLadders, id) ? builtinLadders[id] : undefined
}
