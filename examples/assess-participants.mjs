// Assesses three example participants on a small work ladder and prints the explained result.
// Run it with `npm run demo` (it builds @doorstart/ladder first), or `node examples/assess-participants.mjs`
// after `npm run build`.
import { assess, compileLadder, place, validateLadder } from '@doorstart/ladder'

const lang = process.argv.includes('--en') ? 'en' : 'nl'

// Names of this ladder's own facts, so explanations speak the reader's language (the facts of the
// vocabulary, such as paidWork.hoursPerWeek, are named already). `observations.*` names one item.
const factLabels = {
  daysPerWeek: { nl: 'dagen per week', en: 'days a week' },
  hoursPerWeek: { nl: 'uren per week', en: 'hours a week' },
  observations: { nl: 'observaties', en: 'observations' },
  'observations.*': { nl: 'observatie', en: 'observation' },
  'observations.*.score': { nl: 'score', en: 'score' },
  'contract.signed': { nl: 'getekend contract', en: 'signed contract' },
}

// A ladder is data: validate it once, compile it once, assess many participants.
const ladder = compileLadder(validateLadder({
  id: 'voorbeeld-werkfit',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  title: { nl: 'Werkfit in de wijk', en: 'Work-ready in the neighbourhood' },
  placement: 'cumulative',
  rungs: [
    {
      id: 'dagbesteding',
      title: { nl: 'Dagbesteding', en: 'Day activities' },
      criteria: [
        { id: 'komt-wekelijks', title: { nl: 'Komt elke week', en: 'Comes every week' }, rule: { '>=': [{ var: 'daysPerWeek' }, 1] } },
      ],
    },
    {
      id: 'werkervaringsplaats',
      title: { nl: 'Werkervaringsplaats', en: 'Work-experience place' },
      criteria: [
        { id: 'uren', title: { nl: 'Ten minste 12 uur per week', en: 'At least 12 hours a week' }, rule: { '>=': [{ var: 'hoursPerWeek' }, 12] } },
        { id: 'op-tijd', title: { nl: 'Komt op tijd', en: 'Is punctual' }, rule: { some: [{ var: 'observations' }, { and: [{ '==': [{ var: 'skill' }, 'punctuality'] }, { '>=': [{ var: 'score' }, 3] }] }] } },
      ],
    },
    {
      id: 'betaald-werk',
      title: { nl: 'Betaald werk', en: 'Paid work' },
      criteria: [
        { id: 'contract', title: { nl: 'Getekend contract of 32 uur', en: 'Signed contract or 32 hours' }, rule: { or: [{ var: 'contract.signed' }, { '>=': [{ var: 'hoursPerWeek' }, 32] }] } },
      ],
    },
  ],
}), { factLabels })

// Pseudonymous codes only: the library never needs to know who someone is.
const participants = {
  'D-0412': { daysPerWeek: 3, hoursPerWeek: 16, observations: [{ skill: 'punctuality', score: 4, observer: 'werkbegeleider' }] },
  'D-0977': { daysPerWeek: 2, hoursPerWeek: 8 },
  'D-1203': { daysPerWeek: 4, hoursPerWeek: 20 },
}

const asOf = '2026-03-01'
for (const [code, facts] of Object.entries(participants)) {
  const result = assess(ladder, facts, { asOf })
  const rung = result.rung ?? (lang === 'nl' ? 'geen trede' : 'no rung')
  console.log(`\n${code}: ${rung}${result.provisional ? (lang === 'nl' ? ' (voorlopig: gegevens ontbreken)' : ' (provisional: evidence missing)') : ''}`)
  for (const r of result.rungs) {
    console.log(`  ${r.id}: ${r.outcome}`)
    for (const c of r.criteria) console.log(`    - ${c.id}: ${c.explanation[lang]}`)
  }
  if (result.next) {
    const label = lang === 'nl' ? 'Volgende trede' : 'Next rung'
    console.log(`  ${label}: ${result.next.rung} (${lang === 'nl' ? 'niet voldaan' : 'not met'}: ${result.next.unmet.join(', ') || '-'}; ${lang === 'nl' ? 'onbekend' : 'unknown'}: ${result.next.unknown.join(', ') || '-'})`)
  }
  // place() gives the same rung without explanations: the fast path for batch work.
  console.assert(place(ladder, facts, { asOf }).rung === result.rung)
}
