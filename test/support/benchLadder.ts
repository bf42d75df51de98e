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

/**
 * The second benchmark ladder: thirty plain criteria of the kind centres write (comparisons,
 * `and`, `or`, `!`) over ten numeric and four string facts at the top level of the record, where
 * most records stop at the first or second rung.
 */
export const plainBenchLadder = {
  id: 'bench-plain',
  version: '2026.1',
  title: { nl: 'Eenvoudige benchmarkladder', en: 'Plain benchmark ladder' },
  placement: 'cumulative',
  rungs: [
    rung('start', 'Start', [
      ['st-weeks', { '>=': [{ var: 'weeksActive' }, 2] }],
      ['st-hours', { and: [{ '>=': [{ var: 'hoursPerWeek' }, 8] }, { '<=': [{ var: 'hoursPerWeek' }, 40] }] }],
      ['st-place', { '!': { '==': [{ var: 'workplaceKind' }, 'none'] } }],
      ['st-attendance', { or: [{ '>=': [{ var: 'attendance' }, 0.7] }, { '>=': [{ var: 'weeksActive' }, 12] }] }],
      ['st-punctual', { '>=': [{ var: 'punctuality' }, 2] }],
    ]),
    rung('meedoen', 'Meedoen', [
      ['md-hours', { '>=': [{ var: 'hoursPerWeek' }, 16] }],
      ['md-instructions', { '>=': [{ var: 'instructions' }, 3] }],
      ['md-together', { or: [{ '>=': [{ var: 'together' }, 3] }, { '==': [{ var: 'sector' }, 'garden'] }] }],
      ['md-weeks', { '>': [{ var: 'weeksActive' }, 8] }],
      ['md-language', { '!': { '==': [{ var: 'languageLevel' }, 'A0'] } }],
    ]),
    rung('werkervaring', 'Werkervaring', [
      ['we-hours', { '>=': [{ var: 'hoursPerWeek' }, 24] }],
      ['we-initiative', { '>=': [{ var: 'initiative' }, 3] }],
      ['we-customers', { and: [{ '>=': [{ var: 'customers' }, 2] }, { '!=': [{ var: 'sector' }, 'none'] }] }],
      ['we-attendance', { '>=': [{ var: 'attendance' }, 0.85] }],
      ['we-place', { or: [{ '==': [{ var: 'workplaceKind' }, 'societal'] }, { '==': [{ var: 'workplaceKind' }, 'csr-employer'] }] }],
    ]),
    rung('proefplaatsing', 'Proefplaatsing', [
      ['pp-months', { '>=': [{ var: 'monthsAtWorkplace' }, 3] }],
      ['pp-punctual', { '>=': [{ var: 'punctuality' }, 4] }],
      ['pp-contract', { '!': { '==': [{ var: 'contractType' }, 'none'] } }],
      ['pp-language', { or: [{ '==': [{ var: 'languageLevel' }, 'B1'] }, { '==': [{ var: 'languageLevel' }, 'B2'] }] }],
      ['pp-together', { and: [{ '>=': [{ var: 'together' }, 3] }, { '>=': [{ var: 'instructions' }, 4] }] }],
    ]),
    rung('werk-met-steun', 'Werk met steun', [
      ['ws-hours', { '>=': [{ var: 'hoursPerWeek' }, 28] }],
      ['ws-contract', { or: [{ '==': [{ var: 'contractType' }, 'temporary'] }, { '==': [{ var: 'contractType' }, 'permanent'] }] }],
      ['ws-months', { '>=': [{ var: 'monthsAtWorkplace' }, 6] }],
      ['ws-initiative', { '>=': [{ var: 'initiative' }, 4] }],
      ['ws-sick', { '<': [{ var: 'sickDays' }, 10] }],
    ]),
    rung('werk', 'Werk', [
      ['w-hours', { '>=': [{ var: 'hoursPerWeek' }, 32] }],
      ['w-contract', { '==': [{ var: 'contractType' }, 'permanent'] }],
      ['w-customers', { '>=': [{ var: 'customers' }, 4] }],
      ['w-sick', { '!': { '>': [{ var: 'sickDays' }, 5] } }],
      ['w-months', { '>=': [{ var: 'monthsAtWorkplace' }, 12] }],
    ]),
  ],
} satisfies Ladder

/** Flat records for {@link plainBenchLadder}: most participants stop at the first or second rung. */
export function generatePlainFacts(count: number, seed = 2027): Array<Record<string, unknown>> {
  const random = seeded(seed)
  const maybe = <T>(value: T): T | null => (random() < 0.04 ? null : value)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const records: Array<Record<string, unknown>> = []
  for (let i = 0; i < count; i++) {
    // Skewed low: about two in three records stop at the first or second rung.
    const level = 6 * random() ** 2
    records.push({
      hoursPerWeek: maybe(Math.floor(level * 6 + random() * 6)),
      attendance: maybe(Math.min(1, 0.5 + level / 10 + random() * 0.1)),
      weeksActive: maybe(Math.floor(level * 5 + random() * 4)),
      punctuality: maybe(1 + Math.floor(level * 0.7)),
      instructions: maybe(1 + Math.floor(level * 0.7)),
      together: maybe(1 + Math.floor(random() * 5)),
      initiative: maybe(1 + Math.floor(level * 0.7)),
      customers: maybe(1 + Math.floor(level * 0.7)),
      monthsAtWorkplace: maybe(Math.floor(level * 2.5)),
      sickDays: maybe(Math.floor(random() * 12)),
      workplaceKind: maybe(level < 0.5 ? 'none' : pick(['protected', 'societal', 'csr-employer'])),
      languageLevel: maybe(pick(['A0', 'A1', 'A2', 'B1', 'B2'])),
      sector: maybe(pick(['garden', 'kitchen', 'cleaning', 'none'])),
      contractType: maybe(level < 3.5 ? 'none' : pick(['temporary', 'permanent'])),
    })
  }
  return JSON.parse(JSON.stringify(records)) as Array<Record<string, unknown>>
}

// Hand-written outcomes of every criterion (0 met, 1 not met, 2 unknown: an absent fact is
// unknown, and `and` / `or` follow Kleene's logic), written into `codes` in ladder order: the speed
// limit for `assess`, which computes the same and more.
const known = (value: unknown): boolean => value !== null && value !== undefined
/** A comparison of a fact: unknown when the fact is absent. */
const test = (value: unknown, holds: boolean): number => (!known(value) ? 2 : holds ? 0 : 1)
/** Kleene `or` of two outcomes, and `and`. */
const or = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1)
const and = (a: number, b: number): number => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0)

/** Every criterion's outcome of {@link benchLadder}, by hand. */
export function outcomesByHand(f: any, codes: Uint8Array): void {
  const social = f.social ?? {}, activity = f.activity ?? {}, work = f.work ?? {}, skills = f.skills ?? {}
  codes[0] = test(social.contactsPerWeek, social.contactsPerWeek >= 1)
  codes[1] = test(social.leavesHome, social.leavesHome === true)
  codes[2] = test(f.coach?.id, !!f.coach?.id)
  codes[3] = f.intake?.date === null || f.intake?.date === undefined || f.intake?.date === '' ? 1 : 0
  codes[4] = test(f.plan?.agreed, f.plan?.agreed === true)
  codes[5] = test(activity.hoursPerWeek, activity.hoursPerWeek >= 4)
  codes[6] = test(activity.attendance, activity.attendance >= 0.6)
  codes[7] = test(activity.kind, ['course', 'club', 'workshop', 'work'].includes(activity.kind))
  codes[8] = test(activity.weeks, activity.weeks >= 4)
  codes[9] = test(activity.daysPerWeek, activity.daysPerWeek >= 1)
  codes[10] = test(work.unpaidHoursPerWeek, work.unpaidHoursPerWeek >= 12)
  codes[11] = test(work.responsibility, work.responsibility === true)
  codes[12] = test(skills.punctuality, skills.punctuality >= 3)
  codes[13] = test(skills.instructions, skills.instructions >= 3)
  codes[14] = or(test(skills.together, skills.together >= 3), test(f.supervisor?.approved, f.supervisor?.approved === true))
  codes[15] = test(work.unpaidHoursPerWeek, work.unpaidHoursPerWeek >= 24)
  codes[16] = test(skills.initiative, skills.initiative >= 3)
  codes[17] = test(skills.customers, skills.customers >= 3)
  codes[18] = test(skills.safety, skills.safety === true)
  codes[19] = test(f.language?.level, ['A2', 'B1', 'B2', 'C1'].includes(f.language?.level))
  codes[20] = test(work.paid, work.paid === true)
  codes[21] = test(work.paidHoursPerWeek, work.paidHoursPerWeek >= 12)
  codes[22] = test(work.contractType, !!work.contractType)
  codes[23] = test(work.monthsEmployed, work.monthsEmployed >= 1)
  codes[24] = test(work.support, ['jobcoach', 'wage-subsidy', 'none'].includes(work.support))
  codes[25] = test(work.paid, work.paid === true)
  codes[26] = test(work.paidHoursPerWeek, work.paidHoursPerWeek >= 32)
  codes[27] = test(work.support, work.support === 'none')
  codes[28] = test(work.topUpBenefit, work.topUpBenefit === false)
  codes[29] = test(work.monthsEmployed, work.monthsEmployed >= 6)
}

/** Every criterion's outcome of {@link plainBenchLadder}, by hand. */
export function plainOutcomesByHand(f: any, codes: Uint8Array): void {
  const { hoursPerWeek: hours, attendance, weeksActive: weeks, punctuality, instructions, together, initiative, customers, monthsAtWorkplace: months, sickDays } = f
  const { workplaceKind: place, languageLevel: language, sector, contractType: contract } = f
  codes[0] = test(weeks, weeks >= 2)
  codes[1] = and(test(hours, hours >= 8), test(hours, hours <= 40))
  codes[2] = test(place, place !== 'none')
  codes[3] = or(test(attendance, attendance >= 0.7), test(weeks, weeks >= 12))
  codes[4] = test(punctuality, punctuality >= 2)
  codes[5] = test(hours, hours >= 16)
  codes[6] = test(instructions, instructions >= 3)
  codes[7] = or(test(together, together >= 3), test(sector, sector === 'garden'))
  codes[8] = test(weeks, weeks > 8)
  codes[9] = test(language, language !== 'A0')
  codes[10] = test(hours, hours >= 24)
  codes[11] = test(initiative, initiative >= 3)
  codes[12] = and(test(customers, customers >= 2), test(sector, sector !== 'none'))
  codes[13] = test(attendance, attendance >= 0.85)
  codes[14] = or(test(place, place === 'societal'), test(place, place === 'csr-employer'))
  codes[15] = test(months, months >= 3)
  codes[16] = test(punctuality, punctuality >= 4)
  codes[17] = test(contract, contract !== 'none')
  codes[18] = or(test(language, language === 'B1'), test(language, language === 'B2'))
  codes[19] = and(test(together, together >= 3), test(instructions, instructions >= 4))
  codes[20] = test(hours, hours >= 28)
  codes[21] = or(test(contract, contract === 'temporary'), test(contract, contract === 'permanent'))
  codes[22] = test(months, months >= 6)
  codes[23] = test(initiative, initiative >= 4)
  codes[24] = test(sickDays, sickDays < 10)
  codes[25] = test(hours, hours >= 32)
  codes[26] = test(contract, contract === 'permanent')
  codes[27] = test(customers, customers >= 4)
  codes[28] = test(sickDays, !(sickDays > 5))
  codes[29] = test(months, months >= 12)
}
