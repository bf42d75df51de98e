import type { TrajectoryPolicy } from './TrajectoryPolicy.js'

/**
 * The Rotterdam learn-practice-centre (Leer Praktijk Centrum) policy, 000_3edb52956db5646c.txt
 * and 002_955c51c2f519a495.txt: 32 hours a week with benefit kept, at most 12 months, a review by
 * coach and supervisor every 3 months, exit via the job hunter, 6 months of aftercare by the
 * municipal job coach, and someone who drops out at an employer within those 6 months returns to
 * the centre. Defaults where the sources are vague (DOMAIN.md §7): warn 6 weeks before the end,
 * a review held up to a month early counts, a return starts a fresh 12-month clock, follow-up at
 * 6 months.
 *
 * @example
 * ```ts
 * lpcRotterdamPolicy.maxMonths //=> 12
 * ```
 */
export const lpcRotterdamPolicy: TrajectoryPolicy = {
  id: 'lpc-rotterdam',
  title: { nl: 'Leer Praktijk Centrum Rotterdam', en: 'Rotterdam learn-practice centre' },
  sources: ['000_3edb52956db5646c.txt', '002_955c51c2f519a495.txt', 'DOMAIN.md §7'],
  hoursPerWeek: 32,
  maxMonths: 12,
  reviewEveryMonths: 3,
  reviewWindowDays: 31,
  endWarningDays: 42,
  trialDays: null,
  workTargetMonths: null,
  aftercareMonths: 6,
  returnWithinMonths: 6,
  freshClockOnReturn: true,
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The Werkleerbedrijf Lucrato (Apeldoorn) policy, 004_fb80b8ab7482f406.txt: a 3-week trial
 * ("op proef", 21 days) for team fit and motivation ending in a go/no-go decision, and the aim of
 * work within 3 months. No cap, reviews or aftercare are named in the source; the 6-month
 * follow-up of DOMAIN.md §7.6 applies.
 *
 * @example
 * ```ts
 * lucratoPolicy.trialDays //=> 21
 * ```
 */
export const lucratoPolicy: TrajectoryPolicy = {
  id: 'lucrato',
  title: { nl: 'Werkleerbedrijf Lucrato', en: 'Lucrato work-learning company' },
  sources: ['004_fb80b8ab7482f406.txt', 'DOMAIN.md §7'],
  hoursPerWeek: null,
  maxMonths: null,
  reviewEveryMonths: null,
  reviewWindowDays: 31,
  endWarningDays: null,
  trialDays: 21,
  workTargetMonths: 3,
  aftercareMonths: null,
  returnWithinMonths: null,
  freshClockOnReturn: true,
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The built-in trajectory policies keyed by id.
 *
 * @example
 * ```ts
 * Object.keys(builtinPolicies) //=> ['lpc-rotterdam', 'lucrato']
 * ```
 */
export const builtinPolicies: { readonly 'lpc-rotterdam': TrajectoryPolicy; readonly lucrato: TrajectoryPolicy; readonly [id: string]: TrajectoryPolicy } = {
  'lpc-rotterdam': lpcRotterdamPolicy,
  lucrato: lucratoPolicy,
}
