// The contract of the domain content with the other parts of Doorstart: the names the CMS and the
// certificates package import, and the purity rules of the library (ARCHITECTURE.md, STYLE.md).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as ladder from '@doorstart/ladder'

const src = fileURLToPath(new URL('../../../packages/ladder/src/', import.meta.url))

describe('the domain exports of @doorstart/ladder', () => {
  it.each([
    'builtinLadders', 'builtinLadderSources', 'resolveLadder', 'describeGrowthPotential', 'zrmLadders',
    'factSchema', 'findFactIssues', 'validateFacts', 'FactsValidationError',
    'builtinLearningGoals', 'groupLearningGoalsBySector', 'assessLearningGoals', 'compileLearningGoals', 'observationRule', 'summariseEmployeeSkills',
    'builtinPolicies', 'trajectoryStatus', 'startReturnTrajectory', 'TrajectoryError',
    'planWeekAgenda', 'AgendaError',
    'rungTransitions', 'timePerRung', 'outflowByType', 'goalCompletionBySector', 'AnalyticsError',
    'explainAssessment',
  ])('exports %s', (name) => {
    expect(ladder).toHaveProperty(name)
  })

  it('keys builtinLadders, builtinLearningGoals and builtinPolicies by the id inside each value', () => {
    for (const [id, value] of Object.entries(ladder.builtinLadders)) expect(value.id).toBe(id)
    for (const [id, value] of Object.entries(ladder.builtinLearningGoals)) expect(value.id).toBe(id)
    for (const [id, value] of Object.entries(ladder.builtinPolicies)) expect(value.id).toBe(id)
  })

  it('ships the built-ins as plain JSON (they survive a JSON round trip unchanged)', () => {
    for (const data of [ladder.builtinLadders, ladder.builtinLearningGoals, ladder.builtinPolicies, ladder.factSchema]) {
      expect(JSON.parse(JSON.stringify(data))).toEqual(data)
    }
  })
})

describe('purity of the domain modules outside cli/', () => {
  const files = ['facts', 'builtins', 'goals', 'trajectory', 'agenda', 'analytics'].flatMap((folder) =>
    readdirSync(join(src, folder)).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name)))

  it.each(files)('%s reads no clock, no randomness, no environment and does no I/O', (file) => {
    const code = readFileSync(join(src, file), 'utf8')
    expect(code).not.toMatch(/Date\.now|new Date\(\)|Math\.random|process\.|console\.|from 'node:(fs|net|http|child_process)/)
  })
})
