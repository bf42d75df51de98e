// The benchmark ladder: six rungs, thirty criteria over realistic participant facts, and a
// deterministic generator of fact records (seeded, so every run measures the same data).
import type { JsonValue, Ladder } from '@doorstart/ladder'

const rung = (id: string, title: string, criteria: Array<[string, JsonValue]>) => ({
  id,
  title: { nl: title, en: title },
  criteria: criteria.map(([criterionId, rule]) => ({ id: criterionId, title: { nl: criterionId, en: criterionId }, rule })),
})

export const benchLadder = {
  id: 'bench-participatie',
  version: '2026.1',
  title: { nl: 'Benchmarkladder', en: 'Benchmark ladder' },
  placement: 'cumulative',
  rungs: [
    rung('contact', 'Contact', [
      ['c-contacts', { '>=': [{ var: 'social.contactsPerWeek' }, 1] }],
      ['c-leaves-home', { '==': [{ var: 'social.leavesHome' }, true] }],
      ['c-coach', { '!!': { var: 'coach.id' } }],
      ['c-intake', { '!': { missing: ['intake.date'] } }],
      ['c-plan', { '==': [{ var: 'plan.agreed' }, true] }],
    ]),
    rung('activiteit', 'Activiteit', [
      ['a-hours', { '>=': [{ var: 'activity.hoursPerWeek' }, 4] }],
      ['a-attendance', { '>=': [{ var: 'activity.attendance' }, 0.6] }],
      ['a-kind', { in: [{ var: 'activity.kind' }, ['course', 'club', 'workshop', 'work']] }],
      ['a-weeks', { '>=': [{ var: 'activity.weeks' }, 4] }],
      ['a-days', { '>=': [{ var: 'activity.daysPerWeek' }, 1] }],
    ]),
    rung('onbetaald', 'Onbetaald werk', [
      ['o-hours', { '>=': [{ var: 'work.unpaidHoursPerWeek' }, 12] }],
      ['o-responsibility', { '==': [{ var: 'work.responsibility' }, true] }],
      ['o-punctual', { '>=': [{ var: 'skills.punctuality' }, 3] }],
      ['o-instructions', { '>=': [{ var: 'skills.instructions' }, 3] }],
      ['o-together', { or: [{ '>=': [{ var: 'skills.together' }, 3] }, { '==': [{ var: 'supervisor.approved' }, true] }] }],
    ]),
    rung('werkfit', 'Werkfit', [
      ['w-hours', { '>=': [{ var: 'work.unpaidHoursPerWeek' }, 24] }],
      ['w-initiative', { '>=': [{ var: 'skills.initiative' }, 3] }],
      ['w-customers', { '>=': [{ var: 'skills.customers' }, 3] }],
      ['w-safety', { '==': [{ var: 'skills.safety' }, true] }],
      ['w-language', { in: [{ var: 'language.level' }, ['A2', 'B1', 'B2', 'C1']] }],
    ]),
    rung('ondersteund', 'Betaald met steun', [
      ['s-paid', { '==': [{ var: 'work.paid' }, true] }],
      ['s-hours', { '>=': [{ var: 'work.paidHoursPerWeek' }, 12] }],
      ['s-contract', { '!!': { var: 'work.contractType' } }],
      ['s-months', { '>=': [{ var: 'work.monthsEmployed' }, 1] }],
      ['s-support', { in: [{ var: 'work.support' }, ['jobcoach', 'wage-subsidy', 'none']] }],
    ]),
    rung('betaald', 'Betaald werk', [
      ['p-paid', { '==': [{ var: 'work.paid' }, true] }],
      ['p-hours', { '>=': [{ var: 'work.paidHoursPerWeek' }, 32] }],
      ['p-no-support', { '==': [{ var: 'work.support' }, 'none'] }],
      ['p-no-topup', { '==': [{ var: 'work.topUpBenefit' }, false] }],
      ['p-months', { '>=': [{ var: 'work.monthsEmployed' }, 6] }],
    ]),
  ],
} satisfies Ladder

/** The same ladder written by hand with literal property access: the speed limit for `place`. */
export function placeByHand(f: any): string | null {
  if (!(f.social?.contactsPerWeek >= 1 && f.social?.leavesHome === true && !!f.coach?.id && !!f.intake?.date && f.plan?.agreed === true)) return null
  const a = f.activity
  if (!(a?.hoursPerWeek >= 4 && a.attendance >= 0.6 && ['course', 'club', 'workshop', 'work'].includes(a.kind) && a.weeks >= 4 && a.daysPerWeek >= 1)) return 'contact'
  const w = f.work
  const s = f.skills
  if (!(w?.unpaidHoursPerWeek >= 12 && w.responsibility === true && s?.punctuality >= 3 && s.instructions >= 3 && (s.together >= 3 || f.supervisor?.approved === true))) return 'activiteit'
  if (!(w.unpaidHoursPerWeek >= 24 && s.initiative >= 3 && s.customers >= 3 && s.safety === true && ['A2', 'B1', 'B2', 'C1'].includes(f.language?.level))) return 'onbetaald'
  if (!(w.paid === true && w.paidHoursPerWeek >= 12 && !!w.contractType && w.monthsEmployed >= 1 && ['jobcoach', 'wage-subsidy', 'none'].includes(w.support))) return 'werkfit'
  if (!(w.paid === true && w.paidHoursPerWeek >= 32 && w.support === 'none' && w.topUpBenefit === false && w.monthsEmployed >= 6)) return 'ondersteund'
  return 'betaald'
}

/** mulberry32: a tiny seeded generator, so the records are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Participants spread over the rungs, with about one fact in twenty-five unknown. Unknown facts
 * are written as null, as exports from case-management systems do, so records keep one shape.
 */
export function generateFacts(count: number, seed = 2026): Array<Record<string, unknown>> {
  const random = seeded(seed)
  const maybe = <T>(value: T): T | null => (random() < 0.04 ? null : value)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const records: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    const level = random() * 6
    const paid = level > 4
    records.push({
      social: { contactsPerWeek: maybe(level > 0.3 ? 1 + Math.floor(random() * 5) : 0), leavesHome: maybe(level > 0.2) },
      coach: { id: maybe(`c${i % 40}`) },
      intake: { date: maybe('2026-01-05') },
      plan: { agreed: maybe(level > 0.5) },
      activity: { hoursPerWeek: maybe(Math.floor(level * 6)), attendance: maybe(0.4 + random() * 0.6), kind: maybe(pick(['course', 'club', 'work', 'none'])), weeks: maybe(Math.floor(level * 5)), daysPerWeek: maybe(Math.min(5, Math.floor(level))) },
      work: { unpaidHoursPerWeek: maybe(Math.floor(level * 7)), responsibility: maybe(level > 2), paid: maybe(paid), paidHoursPerWeek: maybe(paid ? Math.floor(8 + random() * 30) : 0), contractType: maybe(paid ? 'temporary' : null), monthsEmployed: maybe(paid ? Math.floor(random() * 12) : 0), support: maybe(pick(['jobcoach', 'wage-subsidy', 'none'])), topUpBenefit: maybe(random() < 0.5) },
      skills: { punctuality: maybe(1 + Math.floor(level * 0.8)), instructions: maybe(1 + Math.floor(level * 0.8)), together: maybe(1 + Math.floor(random() * 5)), initiative: maybe(1 + Math.floor(level * 0.8)), customers: maybe(1 + Math.floor(level * 0.8)), safety: maybe(level > 3) },
      supervisor: { approved: maybe(random() < 0.5) },
      language: { level: maybe(pick(['A1', 'A2', 'B1', 'B2'])) },
    })
  }
  return JSON.parse(JSON.stringify(records)) as Array<Record<string, unknown>>
}
