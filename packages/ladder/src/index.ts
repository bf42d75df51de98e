// The public entry of @doorstart/ladder: re-exports only.
export { DoorstartError } from './errors/DoorstartError.js'
export type { ValidationIssue } from './errors/ValidationIssue.js'
export { joinPointer, escapePointerToken } from './errors/jsonPointer.js'
export type { Ladder, Rung, Criterion, LocalizedText, Locale, PlacementMode } from './ladder/Ladder.js'
export type { JsonValue, Facts } from './rules/JsonValue.js'
export type {
  Assessment, AssessmentResult, AssessOptions, CriterionResult, NextStep, Outcome, Placement, RungResult,
} from './assessment/Assessment.js'
export { evaluate, type EvaluateOptions } from './rules/evaluate.js'
export { compileRule, type CompiledRule } from './rules/compileRule.js'
export { RuleValidationError, RuleEvaluationError } from './rules/RuleError.js'
export { RULE_LIMITS } from './rules/ruleLimits.js'
export { isTruthy } from './rules/truthy.js'
export { isIsoDate } from './rules/dates.js'
export { validateLadder, findLadderIssues } from './ladder/validateLadder.js'
export { LadderValidationError } from './ladder/LadderValidationError.js'
export { LADDER_LIMITS } from './ladder/ladderLimits.js'
export { compileLadder, CompiledLadder, type CompileOptions } from './assessment/CompiledLadder.js'
export { place } from './assessment/place.js'
export { assess } from './assessment/assess.js'
export { compileAssessmentWriter } from './assessment/compileAssessmentWriter.js'

// Domain content (issue 4)
export { factSchema, type FactSchema } from './facts/factSchema.js'
export { factLabels, type FactLabels } from './facts/factLabels.js'
export { findFactIssues, validateFacts, FactsValidationError } from './facts/validateFacts.js'
export { isCalendarDate } from './rules/calendar.js'
export * from './facts/vocabulary.js'
export { builtinLadders, builtinLadderSources, resolveLadder, type BuiltinLadders, type LadderSource } from './builtins/builtinLadders.js'
export { EMPLOYEE_SKILL_TITLES, EMPLOYEE_SKILL_SCALE } from './builtins/werknemersvaardigheden.js'
export { ZRM_DOMAIN_LABELS, ZRM_LEVELS, zrmLadders } from './builtins/zrm.js'
export { describeGrowthPotential, type GrowthPotential } from './builtins/growthPotential.js'
export type { LearningGoal, GoalEvidence, GoalContribution, CompetenceArea, ObservationRequirement } from './goals/LearningGoal.js'
export { builtinLearningGoals, groupLearningGoalsBySector } from './goals/builtinLearningGoals.js'
export { observationRule, courseCompletedRule, DEFAULT_OBSERVATION_REQUIREMENT } from './goals/evidenceRules.js'
export { assessLearningGoals, compileLearningGoals, type CompiledLearningGoals, type GoalProgress, type ObservationProgress } from './goals/assessLearningGoals.js'
export type { TrajectoryPolicy, Trajectory, TrajectoryEvent, TrajectoryPhase, TrajectoryStatus, Obligation } from './trajectory/TrajectoryPolicy.js'
export { builtinPolicies, lpcRotterdamPolicy, lucratoPolicy, pluspuntPolicy, verbindingskamerPolicy } from './trajectory/builtinPolicies.js'
export { trajectoryStatus, startReturnTrajectory, TrajectoryError } from './trajectory/trajectoryStatus.js'
export { planWeekAgenda, AgendaError, type AgendaRequest, type CentreActivity, type WeekAgenda, type AgendaItem, type AgendaItemKind } from './agenda/planWeekAgenda.js'
export {
  rungTransitions, timePerRung, outflowByType, goalCompletionBySector, AnalyticsError,
  type ParticipantHistory, type HistoryOutflowType, type SuppressedCount, type SuppressionOptions,
  type RungTransitions, type RungDuration, type SectorGoalCompletion,
} from './analytics/cohortAnalytics.js'
export { explainAssessment, type AssessmentRecord } from './assessment/explainAssessment.js'
export { summariseEmployeeSkills } from './goals/summariseEmployeeSkills.js'
export type { ParticipantFacts } from './facts/ParticipantFacts.js'
