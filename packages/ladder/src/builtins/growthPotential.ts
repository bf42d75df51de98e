import type { Ladder } from '../ladder/Ladder.js'
import type { Placement } from '../assessment/Assessment.js'
import type { Facts } from '../rules/JsonValue.js'
import { addMonths, isCalendarDate } from '../rules/calendar.js'

/**
 * The measured rung next to the rung a coach judges reachable (groeipotentie).
 *
 * @example
 * ```ts
 * const potential: GrowthPotential = { measured: 'sociale-contacten', potential: 'onbetaald-werk', gap: 2, horizonEnds: '2027-01-15', status: 'open' }
 * ```
 */
export interface GrowthPotential {
  /** The rung the assessment placed the participant on. */
  readonly measured: string | null
  /** The reachable rung the coach recorded, or `null` when none is recorded for this ladder. */
  readonly potential: string | null
  /** Rungs from the measured to the potential rung (negative when the potential is lower). */
  readonly gap: number | null
  /** When the potential should be reached: the recording date plus the horizon. */
  readonly horizonEnds: string | null
  /** `open` (horizon not passed, not reached), `reached`, `expired` (horizon passed, not reached) or `unknown`. */
  readonly status: 'open' | 'reached' | 'expired' | 'unknown'
}

/**
 * Puts the growth potential (groeipotentie) that a coach records in the `growthPotential` fact
 * next to the measured rung (Participatieladder, Regioplan/Divosa [ext]: measure at intake and at
 * least twice a year, plus the reachable rung; DOMAIN.md §7.10: horizon 12 months). Pure: `asOf` is passed in.
 *
 * @example
 * ```ts
 * const facts = { socialContactsPerWeek: 2, growthPotential: { ladder: 'participatieladder', rung: 'onbetaald-werk', recordedOn: '2026-01-15' } }
 * describeGrowthPotential(builtinLadders.participatieladder, { rung: 'sociale-contacten', provisional: false }, facts, { asOf: '2026-03-01' })
 * //=> { measured: 'sociale-contacten', potential: 'onbetaald-werk', gap: 2, horizonEnds: '2027-01-15', status: 'open' }
 * ```
 */
export function describeGrowthPotential(
  ladder: Ladder,
  placement: Placement,
  facts: Facts,
  options: { readonly asOf: string; readonly horizonMonths?: number },
): GrowthPotential {
  const recorded = facts['growthPotential']
  const record = typeof recorded === 'object' && recorded !== null && !Array.isArray(recorded)
    ? (recorded as { readonly [key: string]: unknown }) : undefined
  const potential = record && record['ladder'] === ladder.id && typeof record['rung'] === 'string' ? record['rung'] : null
  const rungIndex = (id: string | null): number => (id === null ? -1 : ladder.rungs.findIndex((rung) => rung.id === id))
  const potentialIndex = rungIndex(potential)
  if (potential === null || potentialIndex < 0) {
    return { measured: placement.rung, potential: null, gap: null, horizonEnds: null, status: 'unknown' }
  }
  const measuredIndex = rungIndex(placement.rung)
  const recordedOn = record?.['recordedOn']
  const horizonEnds = isCalendarDate(recordedOn) ? addMonths(recordedOn, options.horizonMonths ?? 12) : null
  const reached = measuredIndex >= potentialIndex
  const status = reached ? 'reached' : horizonEnds === null ? 'unknown' : options.asOf > horizonEnds ? 'expired' : 'open'
  return { measured: placement.rung, potential, gap: potentialIndex - measuredIndex, horizonEnds, status }
}
