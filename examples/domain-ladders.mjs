// Built-in ladders: place an LPC participant on the participation ladder, put the coach's growth
// potential next to it, and place a Pluspunt participant on Pluspunt's two ladders.
// Run: npm run build -w @doorstart/ladder && node examples/domain-ladders.mjs
import {
  assess, builtinLadders, compileLadder, describeGrowthPotential, explainAssessment, findFactIssues, place,
} from '@doorstart/ladder'

const asOf = '2026-03-01'

// Rotterdam LPC: 32 hours a week in the school-meal kitchen with benefit kept (002_955c51c2f519a495.txt).
const amina = {
  socialContactsPerWeek: 5,
  unpaidWork: { hoursPerWeek: 32, workExperiencePlace: true },
  paidWork: { hoursPerWeek: 0, support: [] },
  growthPotential: { ladder: 'participatieladder', rung: 'betaald-werk-met-ondersteuning', recordedOn: '2026-01-12' },
}
console.log('fact issues:', findFactIssues(amina))
const ladder = builtinLadders.participatieladder
const assessment = assess(ladder, amina, { asOf })
console.log(explainAssessment(assessment, ladder, { lang: 'nl' }))
console.log('growth potential:', describeGrowthPotential(ladder, assessment, amina, { asOf }))

// Pluspunt: bike-repair workshop at a protected workplace, working on a learning goal (003_39bc035d67f3ea38.txt).
const kees = {
  organisedActivityHoursPerWeek: 12,
  learningGoals: [{ goal: 'bike-repair', status: 'active', startedOn: '2026-01-05' }],
  trajectory: { workOriented: false },
  workplace: { kind: 'protected', sector: 'bike-repair' },
}
for (const id of ['pluspunt-zorg-participatie', 'pluspunt-participatie-werk']) {
  console.log(id, place(compileLadder(builtinLadders[id]), kees, { asOf }))
}
