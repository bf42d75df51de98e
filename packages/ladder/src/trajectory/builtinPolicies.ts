import type { TrajectoryPolicy } from './TrajectoryPolicy.js'

/**
 * The Rotterdam learn-practice-centre (Leer Praktijk Centrum) policy. From the city's page
 * (000_3edb52956db5646c.txt): at most 12 months, a review by coach and supervisor every 3 months,
 * exit via the job hunter, the municipal aftercare job coach involved up to 6 months after the exit
 * (a dropout at the employer in that time is the job coach's first), and someone who drops out at an
 * employer after those 6 months comes back to the centre. From the evaluation
 * (002_955c51c2f519a495.txt): 32 hours a week with benefit kept; outflow to work or education.
 * Defaults where the sources are vague (DOMAIN.md §7): warn 6 weeks before the end, a review held
 * up to a month early counts, a return at any time starts a new linked trajectory with a fresh
 * 12-month clock, follow-up at 6 months.
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
  returnWithinMonths: null,
  freshClockOnReturn: true,
  successfulOutflows: ['paid-work', 'paid-work-with-support', 'education'],
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The Werkleerbedrijf Lucrato (Apeldoorn) policy, 004_fb80b8ab7482f406.txt: a 3-week trial
 * ("op proef", 21 days) for team fit and motivation ending in a go/no-go decision, and the aim of
 * work within 3 months: a target with an alert when it passes, not a cap. No cap, reviews or
 * aftercare are named in the source; the 6-month follow-up of DOMAIN.md §7.6 applies.
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
  successfulOutflows: ['paid-work', 'paid-work-with-support'],
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The Pluspunt (Rotterdam) policy, 003_39bc035d67f3ea38.txt: a home base that stays open ("een
 * veilige, stimulerende en warme thuisplek … waar onze deelnemers altijd op kunnen terugvallen"),
 * and returns are normal: about 10% start a route to (paid) work each year and most come back
 * soon after. So a dropout after any exit is a return, recorded by its date alone
 * (`startReturnTrajectory`), and a return resumes the trajectory rather than restarting a
 * clock. Participants mostly have day activities (WMO dagbesteding): the source names no cap,
 * hours, reviews, trial or aftercare; the 6-month follow-up of DOMAIN.md §7.6 applies.
 *
 * @example
 * ```ts
 * pluspuntPolicy.homeBaseStaysOpen //=> true
 * ```
 */
export const pluspuntPolicy: TrajectoryPolicy = {
  id: 'pluspunt',
  title: { nl: 'Pluspunt Rotterdam', en: 'Pluspunt Rotterdam' },
  sources: ['003_39bc035d67f3ea38.txt', 'DOMAIN.md §7'],
  hoursPerWeek: null,
  maxMonths: null,
  reviewEveryMonths: null,
  reviewWindowDays: 31,
  endWarningDays: null,
  trialDays: null,
  workTargetMonths: null,
  aftercareMonths: null,
  returnWithinMonths: null,
  freshClockOnReturn: false,
  homeBaseStaysOpen: true,
  successfulOutflows: ['paid-work', 'paid-work-with-support'],
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The De Verbindingskamer policy (LeerWerkCentrum Oud Mathenesse / Witte Dorp, Rotterdam-Delfshaven),
 * 001_9a0c4fce56949085.txt: 12 months, and outflow to volunteering in the neighbourhood, education
 * or paid work all count as success ("Deelnemers kunnen doorstromen naar vrijwilligerswerk in de
 * wijk, een opleiding of betaald werk"). Defaults where the source is silent (DOMAIN.md §7):
 * reviews at 3, 6 and 9 months, a warning 6 weeks before the end, a return at any time with a
 * fresh clock, follow-up at 6 months.
 *
 * @example
 * ```ts
 * verbindingskamerPolicy.successfulOutflows //=> ['paid-work', 'paid-work-with-support', 'education', 'volunteering']
 * ```
 */
export const verbindingskamerPolicy: TrajectoryPolicy = {
  id: 'verbindingskamer',
  title: { nl: 'De Verbindingskamer, LeerWerkCentrum Oud Mathenesse/Witte Dorp', en: 'De Verbindingskamer learn-work centre (Oud Mathenesse/Witte Dorp)' },
  sources: ['001_9a0c4fce56949085.txt', 'DOMAIN.md §7'],
  hoursPerWeek: null,
  maxMonths: 12,
  reviewEveryMonths: 3,
  reviewWindowDays: 31,
  endWarningDays: 42,
  trialDays: null,
  workTargetMonths: null,
  aftercareMonths: null,
  returnWithinMonths: null,
  freshClockOnReturn: true,
  successfulOutflows: ['paid-work', 'paid-work-with-support', 'education', 'volunteering'],
  followUpMonths: 6,
  lookaheadDays: 14,
}

/**
 * The built-in trajectory policies keyed by id.
 *
 * @example
 * ```ts
 * Object.keys(builtinPolicies) //=> ['lpc-rotterdam', 'lucrato', 'pluspunt', 'verbindingskamer']
 * ```
 */
export const builtinPolicies: {
  readonly 'lpc-rotterdam': TrajectoryPolicy
  readonly lucrato: TrajectoryPolicy
  readonly pluspunt: TrajectoryPolicy
  readonly verbindingskamer: TrajectoryPolicy
  readonly [id: string]: TrajectoryPolicy
} = {
  'lpc-rotterdam': lpcRotterdamPolicy,
  lucrato: lucratoPolicy,
  pluspunt: pluspuntPolicy,
  verbindingskamer: verbindingskamerPolicy,
}
