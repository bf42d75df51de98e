import { ValidationError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'
import { idOf, isSameId } from '../access/idOf'

/**
 * Relationships that must stay inside the document's centre (a participant's coach and workplace,
 * a trajectory's ladder): a reference to another centre's document is refused; `allowBuiltin`
 * also accepts documents without a centre (built-in ladders).
 */
export const requireSameCentre =
  (collection: CollectionSlug, references: readonly { field: string; relationTo: CollectionSlug; allowBuiltin?: boolean }[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const centre = data.centre !== undefined ? data.centre : originalDoc?.centre
    const errors: { path: string; message: string }[] = []
    for (const { field, relationTo, allowBuiltin } of references) {
      if (data[field] === undefined) continue
      const id = idOf(data[field])
      if (id === null) continue
      const related = await req.payload
        .findByID({ collection: relationTo, id, depth: 0, overrideAccess: true, req })
        .catch(() => null)
      const relatedCentre = related && 'centre' in related ? related.centre : null
      const isBuiltin = allowBuiltin && related !== null && idOf(relatedCentre) === null
      if (!related || (!isBuiltin && !isSameId(relatedCentre, centre))) {
        errors.push({
          path: field,
          message: req.i18n?.language === 'en'
            ? `Must belong to the same centre (${field}-other-centre).`
            : `Moet bij hetzelfde centrum horen (${field}-other-centre).`,
        })
      }
    }
    if (errors.length) throw new ValidationError({ collection, errors, req }, req.t)
    return data
  }
