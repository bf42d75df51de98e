// The placement rules, written once as data: the order in which rungs are looked at and what each
// rung outcome does. `packedPlacement` follows them over rung outcomes (for `assess` and the
// interpreter fallback); internal/ladderCodegen.ts generates `place` from them.
import type { PlacementMode } from '../ladder/Ladder.js'

/** Outcome codes of criteria and rungs in generated code and outcome buffers. */
export const MET = 0
export const NOT_MET = 1
/** Unknown. */
export const OPEN = 2

/** Whether a placement is provisional: always, never, or when an open rung was passed on the way. */
export type Provisional = boolean | 'if-open-passed'

/** What a rung's outcome does: look at the next rung (`passesOpen`: remembering an open one), or place. */
export type PlacementStep =
  | { readonly then: 'next'; readonly passesOpen?: true }
  | { readonly then: 'place'; readonly rung: 'this' | 'below'; readonly provisional: Provisional }

export interface PlacementRule {
  /** `up`: from the lowest rung; `down`: from the highest. */
  readonly scan: 'up' | 'down'
  /** By outcome code: met, not met, open. */
  readonly steps: readonly [met: PlacementStep, notMet: PlacementStep, open: PlacementStep]
  /** When every rung said `next`: the last rung looked at, or none. */
  readonly end: { readonly rung: 'last' | 'none'; readonly provisional: Provisional }
}

/** The placement modes of docs/engine.md, "Placement". */
export const PLACEMENT_RULES: Readonly<Record<PlacementMode, PlacementRule>> = Object.freeze({
  // The highest rung R such that every rung up to R is met; provisional when the rung above is open.
  cumulative: {
    scan: 'up',
    steps: [
      { then: 'next' },
      { then: 'place', rung: 'below', provisional: false },
      { then: 'place', rung: 'below', provisional: true },
    ],
    end: { rung: 'last', provisional: false },
  },
  // Scanning down from the top, the first rung met; provisional when a rung above it is open.
  'first-match': {
    scan: 'down',
    steps: [
      { then: 'place', rung: 'this', provisional: 'if-open-passed' },
      { then: 'next' },
      { then: 'next', passesOpen: true },
    ],
    end: { rung: 'none', provisional: 'if-open-passed' },
  },
})

/** The index of the `k`-th rung looked at. */
export function scannedRung(rule: PlacementRule, k: number, rungCount: number): number {
  return rule.scan === 'up' ? k : rungCount - 1 - k
}

/** The rung index a step places on (-1 for none). */
export function placedIndex(step: { readonly rung: 'this' | 'below' | 'last' | 'none' }, index: number): number {
  return step.rung === 'this' || step.rung === 'last' ? index : step.rung === 'below' ? index - 1 : -1
}

/**
 * A placement packed in one number, so that nothing is allocated: `(index + 1) * 2 +
 * (provisional ? 1 : 0)`, index -1 for no placement.
 */
export function packPlacement(index: number, provisional: boolean): number {
  return (index + 1) * 2 + (provisional ? 1 : 0)
}

/**
 * Follows the placement rules over rung outcomes (0 met, 1 not met, 2 open), asking only for the
 * rungs it needs, and returns the packed placement (see {@link packPlacement}).
 */
export function packedPlacement(mode: PlacementMode, rungCount: number, outcomeOf: (index: number) => number): number {
  const rule = PLACEMENT_RULES[mode]
  let openPassed = false
  let index = -1
  for (let k = 0; k < rungCount; k++) {
    index = scannedRung(rule, k, rungCount)
    const step = rule.steps[outcomeOf(index)]!
    if (step.then === 'place') return packPlacement(placedIndex(step, index), step.provisional === 'if-open-passed' ? openPassed : step.provisional)
    if (step.passesOpen === true) openPassed = true
  }
  const { end } = rule
  return packPlacement(placedIndex(end, index), end.provisional === 'if-open-passed' ? openPassed : end.provisional)
}

/** What a rung's criteria add up to: not met if any is not met, else unknown if any is unknown. */
export function rungOutcome(codes: Uint8Array, start: number, end: number): number {
  let outcome = MET
  for (let i = start; i < end; i++) {
    const code = codes[i]!
    if (code === NOT_MET) return NOT_MET
    if (code === OPEN) outcome = OPEN
  }
  return outcome
}
