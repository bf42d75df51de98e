import { validations, type FilterOptions, type RelationshipFieldSingleValidation, type Where } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import type { Role } from '../access/DoorstartUser'
import { idOf } from '../access/idOf'

type FilterArgs = Parameters<Extract<FilterOptions, (...args: never[]) => unknown>>[0]

/** The centre of the document being edited, else the signed-in user's own centre. */
const centreOfDocument = ({ data, user }: FilterArgs): number | string | null =>
  idOf((data as { centre?: never } | undefined)?.centre ?? null) ?? centreIdOf(user as never)

const withCentre = (where: Where, centre: number | string | null): Where =>
  centre === null ? where : { and: [where, { centre: { equals: centre } }] }

/**
 * Relationship pickers that offer only fitting users: people with one of these roles in the
 * centre of the document. Payload applies the same filter when it validates the value on save.
 */
export const usersWithRole =
  (...roles: readonly Role[]): FilterOptions =>
  (args) =>
    withCentre(roles.length === 1 ? { role: { equals: roles[0] } } : { role: { in: [...roles] } }, centreOfDocument(args))

/** A coach picker lists the coaches of that centre. */
export const fittingCoaches: FilterOptions = usersWithRole('coach')

/** A work-supervisor picker lists the work supervisors of that centre. */
export const fittingSupervisors: FilterOptions = usersWithRole('work-supervisor')

/** Workplaces of the document's centre. */
export const fittingWorkplaces: FilterOptions = (args) => {
  const centre = centreOfDocument(args)
  return centre === null ? true : { centre: { equals: centre } }
}

const sameValue = (a: unknown, b: unknown): boolean => {
  const left = idOf((a ?? null) as never)
  const right = idOf((b ?? null) as never)
  return left === right || (left !== null && right !== null && String(left) === String(right))
}

/**
 * Checks a changed relationship against its filter (Payload's own check); an unchanged value is
 * left alone. Payload would otherwise look the kept value up with the writer's access on every
 * save, and refuse, say, a work supervisor's note on a participant whose coach they may not read.
 */
export const validateChangedRelationship: RelationshipFieldSingleValidation = (value, options) =>
  options.operation === 'update' && sameValue(value, options.previousValue) ? true : validations.relationship(value, options)
