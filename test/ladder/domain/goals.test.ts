// Specification of the Doorstart learning goals (issue 4): data with evidence rules over
// observations, progress computed by the engine with the same three-valued outcome.
import { describe, expect, it } from 'vitest'
import {
  assessLearningGoals, builtinLadders, builtinLearningGoals, compileLearningGoals, groupLearningGoalsBySector, place, summariseEmployeeSkills,
  LadderValidationError, SECTORS, type LearningGoal,
} from '@doorstart/ladder'

const AS_OF = '2026-03-01'
const goal = (id: string): LearningGoal => {
  const found = builtinLearningGoals[id]
  if (found === undefined) throw new Error(`no goal ${id}`)
  return found
}
const observation = (date: string, level = 3, observerRole = 'supervisor', id = 'punctuality') =>
  ({ goal: id, date, observerRole, level })

describe('builtinLearningGoals', () => {
  it.each([
    ['punctuality', '001_9a0c4fce56949085.txt'],
    ['initiative', '001_9a0c4fce56949085.txt'],
    ['following-instructions', 'DOMAIN.md §3 (Werknemersvaardigheden) [ext]'],
    ['working-together', 'DOMAIN.md §3 (Werknemersvaardigheden) [ext]'],
    ['customer-focus', 'DOMAIN.md §3 (Werknemersvaardigheden) [ext]'],
    ['kitchen-hygiene', '000_3edb52956db5646c.txt'],
    ['green-tool-safety', '004_fb80b8ab7482f406.txt'],
    ['dutch-at-work', '000_3edb52956db5646c.txt'],
    ['digital-skills', '000_3edb52956db5646c.txt'],
    ['bike-repair', '003_39bc035d67f3ea38.txt'],
  ])('ships %s, named in %s', (id, source) => {
    expect(goal(id).sources).toContain(source)
  })

  it('gives every goal Dutch and English titles, a sector, evidence and a contribution', () => {
    for (const learningGoal of Object.values(builtinLearningGoals)) {
      expect(learningGoal.title.nl && learningGoal.title.en).toBeTruthy()
      expect(learningGoal.sectors.length).toBeGreaterThan(0)
      for (const sector of learningGoal.sectors) expect(SECTORS).toContain(sector)
      expect(learningGoal.contributesTo.length).toBeGreaterThan(0)
    }
  })

  it('compiles every evidence rule with the engine (they are valid criteria)', () => {
    expect(() => compileLearningGoals(Object.values(builtinLearningGoals))).not.toThrow()
  })

  it('lets employee-skill goals contribute to a criterion of the werknemersvaardigheden ladder that exists', () => {
    const criteria = new Set(builtinLadders.werknemersvaardigheden.rungs.flatMap((rung) => rung.criteria.map((c) => c.id)))
    for (const learningGoal of Object.values(builtinLearningGoals)) {
      for (const contribution of learningGoal.contributesTo) {
        if (contribution.kind === 'rung' && contribution.criterion !== undefined) expect(criteria).toContain(contribution.criterion)
      }
    }
  })
})

describe('groupLearningGoalsBySector', () => {
  it('groups the goals per sector of the work-experience places (000_3edb52956db5646c.txt, 004_fb80b8ab7482f406.txt)', () => {
    const groups = groupLearningGoalsBySector(Object.values(builtinLearningGoals))
    expect(groups['green']?.map((g) => g.id)).toEqual(['green-tool-safety', 'plant-care'])
    expect(groups['kitchen']?.map((g) => g.id)).toEqual(['kitchen-hygiene'])
    expect(groups['general']?.map((g) => g.id)).toContain('dutch-at-work')
  })
})

describe('assessLearningGoals', () => {
  const punctuality = [goal('punctuality')]

  it('is met with three positive supervisor observations over at least four weeks (issue 4)', () => {
    const [progress] = assessLearningGoals(punctuality, {
      observations: [observation('2026-01-05'), observation('2026-01-19'), observation('2026-02-02', 4, 'master-trainer')],
    }, { asOf: AS_OF })
    expect(progress).toMatchObject({ goal: 'punctuality', outcome: 'met', observations: { counted: 3, needed: 3, spanDays: 28, neededSpanDays: 28 } })
  })

  it('explains itself in words a coach uses: observers by role name, no variables of the rule', () => {
    const [progress] = assessLearningGoals(punctuality, { observations: [observation('2026-01-05')] }, { asOf: AS_OF })
    expect(progress?.explanation.nl).toContain('door de werkbegeleider of de leermeester')
    expect(progress?.explanation.en).toContain('by the work supervisor or the master trainer')
    for (const variable of ['accumulator', 'observerRole', 'current.date', 'supervisor,', 'master-trainer']) {
      expect(progress?.explanation.nl).not.toContain(variable)
    }
  })

  it('is not met when the observations span less than four weeks', () => {
    const [progress] = assessLearningGoals(punctuality, {
      observations: [observation('2026-01-05'), observation('2026-01-12'), observation('2026-02-01')],
    }, { asOf: AS_OF })
    expect(progress?.outcome).toBe('not-met')
  })

  it('does not count observations by the participant or the coach, nor below level 3', () => {
    const [progress] = assessLearningGoals(punctuality, {
      observations: [observation('2026-01-05', 3, 'participant'), observation('2026-01-19', 3, 'coach'), observation('2026-02-09', 2)],
    }, { asOf: AS_OF })
    expect(progress).toMatchObject({ outcome: 'not-met', observations: { counted: 0 } })
  })

  it('does not count observations dated after asOf (the engine never reads the clock)', () => {
    const facts = { observations: [observation('2026-01-05'), observation('2026-01-19'), observation('2026-02-09')] }
    expect(assessLearningGoals(punctuality, facts, { asOf: '2026-02-08' })[0]?.outcome).toBe('not-met')
    expect(assessLearningGoals(punctuality, facts, { asOf: '2026-02-09' })[0]?.outcome).toBe('met')
  })

  it('is unknown when no observations are recorded at all, and says what is missing', () => {
    expect(assessLearningGoals(punctuality, {}, { asOf: AS_OF })[0]).toMatchObject({ outcome: 'unknown', missing: ['observations'] })
  })

  it('is not met (not unknown) with an empty list of observations', () => {
    expect(assessLearningGoals(punctuality, { observations: [] }, { asOf: AS_OF })[0]?.outcome).toBe('not-met')
  })

  it('accepts a completed course as evidence for Dutch at work (000_3edb52956db5646c.txt: courses)', () => {
    const [progress] = assessLearningGoals([goal('dutch-at-work')], {
      courses: [{ course: 'nederlands-op-de-werkvloer', startedOn: '2026-01-05', completedOn: '2026-02-20' }],
    }, { asOf: AS_OF })
    expect(progress?.outcome).toBe('met')
  })

  it('does not take a running course as proof', () => {
    const [progress] = assessLearningGoals([goal('dutch-at-work')], {
      courses: [{ course: 'nederlands-op-de-werkvloer', startedOn: '2026-01-05' }], observations: [],
    }, { asOf: AS_OF })
    expect(progress?.outcome).toBe('not-met')
  })

  it('explains the outcome in Dutch and English', () => {
    const [progress] = assessLearningGoals(punctuality, {}, { asOf: AS_OF })
    expect(progress?.explanation.nl).toMatch(/ontbreekt/)
    expect(progress?.explanation.en).toMatch(/missing/)
  })

  it('reuses compiled goals for many participants', () => {
    const compiled = compileLearningGoals(Object.values(builtinLearningGoals))
    const progress = assessLearningGoals(compiled, { observations: [] }, { asOf: AS_OF })
    expect(progress.map((p) => p.goal)).toEqual(Object.keys(builtinLearningGoals))
  })

  it("accepts a centre's own goal and rejects a malformed evidence rule with a typed error", () => {
    const own: LearningGoal = { ...goal('punctuality'), id: 'eigen-doel', evidence: { title: { nl: 'x' }, rule: { sum: [1] } } }
    expect(() => compileLearningGoals([own])).toThrow(LadderValidationError)
  })
})

describe('summariseEmployeeSkills', () => {
  it('takes the latest supervisor observation per skill, so the werknemersvaardigheden ladder can read it (002_955c51c2f519a495.txt)', () => {
    const facts = { observations: [
      observation('2026-01-05', 2),
      observation('2026-02-02', 3),
      observation('2026-02-20', 4, 'participant'),
      observation('2026-03-05', 1),
      observation('2026-02-10', 3, 'master-trainer', 'following-instructions'),
    ] }
    expect(summariseEmployeeSkills(facts, { asOf: AS_OF })).toEqual({ punctuality: 3, followingInstructions: 3 })
  })

  it('leaves skills never observed absent, so they stay unknown on the ladder', () => {
    const skills = summariseEmployeeSkills({ observations: [observation('2026-02-02', 3)] }, { asOf: AS_OF })
    expect(place(builtinLadders.werknemersvaardigheden, { employeeSkills: skills }, { asOf: AS_OF })).toEqual({ rung: null, provisional: true })
  })
})
