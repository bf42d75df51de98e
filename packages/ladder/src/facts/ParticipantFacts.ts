import type { JsonValue } from '../rules/JsonValue.js'
import type {
  CertificateKind, EducationLevel, EmployeeSkill, ObserverRole, OutflowType, Sector, SupportKind,
  TrajectoryEventKind, WorkplaceKind, ZrmDomain,
} from './vocabulary.js'

/**
 * The fact vocabulary as a TypeScript type: what `factSchema` describes, for code that builds
 * facts. Every fact is optional (absent = unknown) and may be `null` (also unknown); a centre may
 * add facts of its own at the top level. Validate untyped input with `validateFacts`.
 *
 * @example
 * ```ts
 * const facts: ParticipantFacts = {
 *   socialContactsPerWeek: 3,
 *   unpaidWork: { hoursPerWeek: 32, workExperiencePlace: true },
 *   observations: [{ goal: 'punctuality', date: '2026-02-02', observerRole: 'supervisor', level: 3 }],
 * }
 * assess(builtinLadders.participatieladder, facts, { asOf: '2026-03-01' })
 * ```
 */
export type ParticipantFacts = {
  readonly socialContactsPerWeek?: number | null
  readonly organisedActivityHoursPerWeek?: number | null
  readonly unpaidWork?: {
    readonly hoursPerWeek?: number | null
    readonly withResponsibility?: boolean | null
    readonly workExperiencePlace?: boolean | null
  } | null
  readonly paidWork?: {
    readonly hoursPerWeek?: number | null
    readonly support?: readonly SupportKind[] | null
    readonly startedOn?: string | null
  } | null
  readonly workplace?: { readonly kind?: WorkplaceKind | null; readonly sector?: Sector | null; readonly since?: string | null } | null
  readonly trajectory?: {
    readonly startedOn?: string | null
    readonly endedOn?: string | null
    readonly workOriented?: boolean | null
    readonly outflow?: OutflowType | null
  } | null
  readonly trajectoryEvents?: readonly {
    readonly kind: TrajectoryEventKind
    readonly date: string
    readonly decision?: 'continue' | 'adjust' | 'exit' | 'stop' | 'go' | 'no-go'
    readonly months?: number
    readonly reason?: string
    readonly outflow?: OutflowType
    readonly lasting?: boolean
    readonly note?: string
  }[] | null
  readonly hoursPerWeekAgreed?: number | null
  readonly learningGoals?: readonly {
    readonly goal: string
    readonly status: 'active' | 'achieved' | 'stopped'
    readonly startedOn?: string | null
    readonly achievedOn?: string | null
  }[] | null
  readonly observations?: readonly {
    readonly goal: string
    readonly date: string
    readonly observerRole: ObserverRole
    readonly level: 1 | 2 | 3 | 4
  }[] | null
  readonly employeeSkills?: { readonly [skill in EmployeeSkill]?: number | null } | null
  readonly certificates?: readonly {
    readonly kind: CertificateKind
    readonly achievement?: string
    readonly issuedOn: string
    readonly external?: boolean
  }[] | null
  readonly courses?: readonly { readonly course: string; readonly startedOn?: string | null; readonly completedOn?: string | null }[] | null
  readonly education?: { readonly highestLevel?: EducationLevel | null } | null
  readonly growthPotential?: { readonly ladder?: string | null; readonly rung?: string | null; readonly recordedOn?: string | null } | null
  /** Special-category data (DOMAIN.md §5): off by default. */
  readonly selfSufficiency?: { readonly [domain in ZrmDomain]?: number | null } | null
  readonly [centreFact: string]: JsonValue | undefined
}
