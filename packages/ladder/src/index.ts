// The public entry of @doorstart/ladder: re-exports only.
export { DoorstartError } from './errors/DoorstartError.js'
export type { ValidationIssue } from './errors/ValidationIssue.js'
export type { Ladder, Rung, Criterion, LocalizedText, Locale, PlacementMode } from './ladder/Ladder.js'
export type { JsonValue, Facts } from './rules/JsonValue.js'
export type {
  Assessment, AssessOptions, CriterionResult, NextStep, Outcome, Placement, RungResult,
} from './assessment/Assessment.js'
