// Prints, as one JSON line, what the built @doorstart/ladder gives for every built-in ladder over
// a spread of facts: placements, whole assessments, the CLI's compact lines, fact validation and a
// plain rule.
// Run with and without `--disallow-code-generation-from-strings` to compare the generated code
// with the interpreter it falls back to.
import { assess, builtinLadders, compileAssessmentWriter, compileLadder, compileRule, evaluate, findFactIssues, place } from '@doorstart/ladder'

const asOf = '2026-03-01'
const facts = [
  {},
  { socialContactsPerWeek: 2 },
  { socialContactsPerWeek: 3, organisedActivityHoursPerWeek: 6, unpaidWork: { hoursPerWeek: 20, withResponsibility: true } },
  { socialContactsPerWeek: 1, unpaidWork: { workExperiencePlace: true }, paidWork: { hoursPerWeek: 24, support: ['jobcoach'] } },
  { paidWork: { hoursPerWeek: 36, support: [] }, employeeSkills: { punctuality: 3, followingInstructions: 4 } },
  { employeeSkills: { punctuality: 2, workingTogether: 3 }, selfSufficiency: { finances: 2, housing: 4 }, education: { highestLevel: 'mbo-2' } },
  { trajectory: { startedOn: '2025-11-01', workOriented: true }, workplace: { kind: 'societal', sector: 'horeca', since: '2025-12-01' } },
]
let codeGeneration = 'allowed'
try {
  new Function('return 1')
} catch {
  codeGeneration = 'forbidden'
}
const ladders = Object.values(builtinLadders).map((ladder) => compileLadder(ladder))
const results = ladders.map((ladder) => {
  const compact = compileAssessmentWriter(ladder, asOf)
  return facts.map((record) => ({
    placement: place(ladder, record, { asOf }),
    assessment: JSON.parse(JSON.stringify(assess(ladder, record, { asOf }))),
    compact: compact(record),
  }))
})
const rule = { if: [{ '>=': [{ var: 'hours' }, 32] }, 'fulltime', { '+': [{ var: 'hours' }, 0.5] }] }
const invalid = [{ paidWork: { hoursPerWeek: -4 } }, { trajectory: { startedOn: '2026-02-30' }, unknownFact: 1 }, []]
const factIssues = [...facts, ...invalid].map((record) => findFactIssues(record))
console.log(JSON.stringify({ codeGeneration, results, factIssues, rules: [compileRule(rule)({ hours: 40 }), evaluate(rule, { hours: 8 })] }))
