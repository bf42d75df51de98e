// The public entry of @doorstart/ladder: re-exports only.
export { DoorstartError } from './errors/DoorstartError.js'
export type { ValidationIssue } from './errors/ValidationIssue.js'
export type { Ladder, Rung, Criterion, LocalizedText, Locale, PlacementMode } from './ladder/Ladder.js'
export type { JsonValue, Facts } from './rules/JsonValue.js'
export type {
  Assessment, AssessOptions, CriterionResult, NextStep, Outcome, Placement, RungResult,
} from './assessment/Assessment.js'

// Domain content (issue 4)
export { factSchema, type FactSchema } from './facts/factSchema.js'
export { findFactIssues, validateFacts, FactsValidationError } from './facts/validateFacts.js'
export { isCalendarDate } from './facts/calendar.js'
export * from './facts/vocabulary.js'
export { builtinLadders, builtinLadderSources, resolveLadder, type BuiltinLadders, type LadderSource } from './builtins/builtinLadders.js'
export { EMPLOYEE_SKILL_TITLES, EMPLOYEE_SKILL_SCALE } from './builtins/werknemersvaardigheden.js'
export { ZRM_DOMAIN_LABELS, ZRM_LEVELS, zrmLadders } from './builtins/zrm.js'
export { describeGrowthPotential, type GrowthPotential } from './builtins/growthPotential.js'
