import { validations, type FilterOptions, type FilterOptionsProps, type RelationshipFieldSingleValidation, type Where } from 'payload'
import type { RelationValue, Role } from '../access/DoorstartUser'
import { asRelationValue, idOf } from '../access/idOf'

/** The document being edited, of whichever collection: these filters read only its centre. */
type EditedDocument = { centre?: RelationValue } | undefined

/**
 * The centre of the document being edited, else the signed-in user's own centre (Payload types
 * this user as `Partial`, so it is read directly rather than through `centreIdOf`).
 */
const centreOfDocument = ({ data, user }: Pick<FilterOptionsProps<EditedDocument>, 'data' | 'user'>): number | string | null =>
  idOf(data?.centre ?? null) ?? idOf(user?.centre)

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
  const left = idOf(asRelationValue(a))
  const right = idOf(asRelationValue(b))
  return left === right || (left !== null && right !== null && String(left) === String(right))
}

/**
 * Checks a changed relationship against its filter (Payload's own check); an unchanged value is
 * left alone. Payload would otherwise look the kept value up with the writer's access on every
 * save, and refuse, say, a work supervisor's note on a participant whose coach they may not read.
 */
export const validateChangedRelationship: RelationshipFieldSingleValidation = (value, options) =>
  options.operation === 'update' && sameValue(value, options.previousValue) ? true : validations.relationship(value, options)
