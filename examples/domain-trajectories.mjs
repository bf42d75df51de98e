// Trajectory policies and cohort analytics: an LPC trajectory (12 months, reviews every 3 months,
// aftercare), a Lucrato one (3-week trial, work within 3 months), a Pluspunt return and a
// De Verbindingskamer exit to volunteering, then aggregates for policy staff.
// Run: npm run build -w @doorstart/ladder && node examples/domain-trajectories.mjs
import { builtinLadders, builtinPolicies, outflowByType, rungTransitions, startReturnTrajectory, trajectoryStatus } from '@doorstart/ladder'

const lpc = trajectoryStatus(builtinPolicies['lpc-rotterdam'], {
  startedOn: '2025-08-31',
  events: [{ kind: 'review', date: '2025-11-28' }],
}, { asOf: '2026-03-05' })
console.log('LPC:', lpc.phase, 'ends on', lpc.endsOn)
for (const obligation of lpc.late) console.log('  late:', obligation.dueOn, obligation.message.en)
for (const obligation of lpc.due) console.log('  due:', obligation.dueOn, obligation.message.en)

const lucrato = trajectoryStatus(builtinPolicies.lucrato, { startedOn: '2026-02-16', events: [] }, { asOf: '2026-03-05' })
console.log('Lucrato:', lucrato.phase, lucrato.due.map((o) => `${o.kind} on ${o.dueOn}`))

// Pluspunt: the home base stays open; a return is recorded by its date alone.
const pluspunt = { startedOn: '2025-03-03', events: [{ kind: 'exit', date: '2025-09-01', outflow: 'paid-work' }, { kind: 'dropout', date: '2025-10-01' }] }
console.log('Pluspunt:', trajectoryStatus(builtinPolicies.pluspunt, pluspunt, { asOf: '2025-10-02' }).phase,
  startReturnTrajectory(builtinPolicies.pluspunt, pluspunt, { returnOn: '2025-10-06' }).returnOf)

// De Verbindingskamer: volunteering in the neighbourhood counts as a successful exit.
const verbindingskamer = trajectoryStatus(builtinPolicies.verbindingskamer, {
  startedOn: '2023-06-01', events: [{ kind: 'exit', date: '2024-03-01', outflow: 'volunteering' }],
}, { asOf: '2024-03-02' })
console.log('De Verbindingskamer:', verbindingskamer.phase, 'successful exit:', verbindingskamer.successfulExit)

// Aggregates: cells below 5 people are null.
const histories = Array.from({ length: 40 }, (_, i) => ({
  participant: `pseudonym-${i}`,
  assessments: [
    { ladder: 'participatieladder', asOf: '2026-01-15', rung: i % 4 === 0 ? 'geisoleerd' : 'sociale-contacten' },
    { ladder: 'participatieladder', asOf: '2026-09-15', rung: i % 3 === 0 ? 'onbetaald-werk' : 'sociale-contacten' },
  ],
  outflow: i % 5 === 0 ? [{ type: 'paid-work', date: '2026-10-01' }] : [],
}))
const matrix = rungTransitions(histories, builtinLadders.participatieladder, { from: '2026-01-31', to: '2026-12-31' })
console.log('transitions from sociale-contacten:', matrix.counts[2])
console.log('outflow:', outflowByType(histories, { from: '2026-01-01', to: '2026-12-31' }).filter((row) => row.count !== 0))
