// The closed lists the fact vocabulary uses. Codes are stable English kebab-case; Dutch and
// English labels live in the docs (docs/facts.md) and in the ladders that read them.

/**
 * Kinds of support next to paid work that keep someone on rung 5 of the participation ladder
 * (Participatieladder, Regioplan/Divosa [ext]: wage subsidy, top-up benefit, jobcoach, sheltered work).
 *
 * @example
 * ```ts
 * SUPPORT_KINDS.includes('jobcoach') //=> true
 * ```
 */
export const SUPPORT_KINDS = ['wage-subsidy', 'top-up-benefit', 'jobcoach', 'sheltered-work', 'other'] as const
/**
 * One kind of support next to paid work.
 *
 * @example
 * ```ts
 * const support: SupportKind[] = ['jobcoach', 'wage-subsidy']
 * ```
 */
export type SupportKind = (typeof SUPPORT_KINDS)[number]

/**
 * Who made an observation (DOMAIN.md §1: werkbegeleider/werkplaatsbegeleider = `supervisor`,
 * leermeester = `master-trainer`, werkcoach/trajectbegeleider = `coach`, jobcoach, course
 * `teacher`, and the participant's own view, `participant`).
 *
 * @example
 * ```ts
 * OBSERVER_ROLES[0] //=> 'supervisor'
 * ```
 */
export const OBSERVER_ROLES = ['supervisor', 'master-trainer', 'coach', 'jobcoach', 'teacher', 'participant'] as const
/**
 * The role of whoever made an observation.
 *
 * @example
 * ```ts
 * const role: ObserverRole = 'supervisor' // werkbegeleider
 * ```
 */
export type ObserverRole = (typeof OBSERVER_ROLES)[number]

/**
 * The sectors of the work-experience places in the sources: LPC (000_3edb52956db5646c.txt),
 * De Verbindingskamer (001_9a0c4fce56949085.txt), Pluspunt (003_39bc035d67f3ea38.txt) and
 * Lucrato (004_fb80b8ab7482f406.txt). `general` is for goals that apply in every sector.
 *
 * @example
 * ```ts
 * SECTORS.includes('kitchen') //=> true
 * ```
 */
export const SECTORS = [
  'general', 'cleaning', 'kitchen', 'service', 'bar', 'barista', 'reception', 'garden', 'wood',
  'textile', 'events', 'school-meals', 'entrepreneurship', 'hospitality', 'green', 'paving',
  'bike-repair', 'crafts',
] as const
/**
 * A sector of work-experience places.
 *
 * @example
 * ```ts
 * const sector: Sector = 'school-meals'
 * ```
 */
export type Sector = (typeof SECTORS)[number]

/**
 * Kinds of workplace on Pluspunt's participation & work ladder (003_39bc035d67f3ea38.txt):
 * protected workplace at own sites, societal workplace at partners, workplace at a CSR (MVO)
 * employer; `regular-employer` for anything else.
 *
 * @example
 * ```ts
 * WORKPLACE_KINDS[2] //=> 'csr-employer'
 * ```
 */
export const WORKPLACE_KINDS = ['protected', 'societal', 'csr-employer', 'regular-employer'] as const
/**
 * A kind of workplace.
 *
 * @example
 * ```ts
 * const kind: WorkplaceKind = 'societal' // e.g. the Voedseltuin
 * ```
 */
export type WorkplaceKind = (typeof WORKPLACE_KINDS)[number]

/**
 * Kinds of certificate a participant can hold (DOMAIN.md §4 and §3).
 *
 * @example
 * ```ts
 * CERTIFICATE_KINDS.includes('praktijkverklaring') //=> true
 * ```
 */
export const CERTIFICATE_KINDS = [
  'getuigschrift', 'deelcertificaat', 'praktijkcertificaat', 'praktijkverklaring', 'branch-certificate',
  'ervaringscertificaat', 'diploma',
] as const
/**
 * A kind of certificate.
 *
 * @example
 * ```ts
 * const kind: CertificateKind = 'deelcertificaat'
 * ```
 */
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

/**
 * Highest completed education (the Dutch startkwalificatie [ext]: havo, vwo or mbo-2+; mbo-1
 * Entreeopleiding sits below it).
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.indexOf('mbo-2') > EDUCATION_LEVELS.indexOf('entreeopleiding') //=> true
 * ```
 */
export const EDUCATION_LEVELS = [
  'none', 'primary', 'vmbo', 'entreeopleiding', 'mbo-2', 'mbo-3', 'mbo-4', 'havo', 'vwo', 'hbo', 'wo',
] as const
/**
 * An education level.
 *
 * @example
 * ```ts
 * const highest: EducationLevel = 'entreeopleiding' // below the startkwalificatie
 * ```
 */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]

/**
 * The 13 domains of the self-sufficiency matrix (Zelfredzaamheid-Matrix, GGD Amsterdam [ext]). Labels only:
 * the cell texts are copyrighted.
 *
 * @example
 * ```ts
 * ZRM_DOMAINS.length //=> 13
 * ```
 */
export const ZRM_DOMAINS = [
  'finances', 'workAndEducation', 'timeUse', 'housing', 'domesticRelations', 'mentalHealth',
  'physicalHealth', 'substanceUse', 'basicAdl', 'instrumentalAdl', 'socialNetwork',
  'socialParticipation', 'justice',
] as const
/**
 * A ZRM domain key, as used in the `selfSufficiency` fact.
 *
 * @example
 * ```ts
 * const domain: ZrmDomain = 'finances'
 * ```
 */
export type ZrmDomain = (typeof ZRM_DOMAINS)[number]

/**
 * The employee skills (werknemersvaardigheden, 002_955c51c2f519a495.txt): punctuality, following
 * instructions, working together, customer focus, integrity, initiative, attendance, safe work.
 *
 * @example
 * ```ts
 * EMPLOYEE_SKILLS.length //=> 8
 * ```
 */
export const EMPLOYEE_SKILLS = [
  'punctuality', 'followingInstructions', 'workingTogether', 'customerFocus', 'integrity', 'initiative',
  'attendance', 'safeWork',
] as const
/**
 * An employee-skill key, as used in the `employeeSkills` fact.
 *
 * @example
 * ```ts
 * const skill: EmployeeSkill = 'punctuality'
 * ```
 */
export type EmployeeSkill = (typeof EMPLOYEE_SKILLS)[number]

/**
 * Kinds of trajectory event that the trajectory policies read (see `TrajectoryEvent`).
 *
 * @example
 * ```ts
 * TRAJECTORY_EVENT_KINDS.includes('review') //=> true
 * ```
 */
export const TRAJECTORY_EVENT_KINDS = [
  'review', 'trial-decision', 'ready-for-work', 'extension', 'exit', 'dropout', 'follow-up',
] as const
/**
 * A kind of trajectory event.
 *
 * @example
 * ```ts
 * const kind: TrajectoryEventKind = 'review'
 * ```
 */
export type TrajectoryEventKind = (typeof TRAJECTORY_EVENT_KINDS)[number]

/**
 * Outflow (uitstroom) types, DOMAIN.md §7.6: paid work (with or without support), education,
 * volunteering, another programme or care, stopped (health, moved, other), cap reached; plus
 * `return` for someone who comes back to the centre after dropping out.
 *
 * @example
 * ```ts
 * OUTFLOW_TYPES.includes('paid-work') //=> true
 * ```
 */
export const OUTFLOW_TYPES = [
  'paid-work', 'paid-work-with-support', 'education', 'volunteering', 'other-programme', 'stopped-health',
  'stopped-moved', 'stopped-other', 'cap-reached',
] as const
/**
 * An outflow type.
 *
 * @example
 * ```ts
 * const outflow: OutflowType = 'paid-work-with-support'
 * ```
 */
export type OutflowType = (typeof OUTFLOW_TYPES)[number]
