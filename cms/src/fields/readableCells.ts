import type { CollectionConfig, Field } from 'payload'

/** The list cell that shows a checkbox as "ja"/"nee" (Payload shows `waar`/`onwaar`). */
export const YES_NO_CELL = '/components/ListCells#YesNoCell'

const withCells = (fields: readonly Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'checkbox' && !field.admin?.components?.Cell) {
      return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: YES_NO_CELL } } }
    }
    // Only fields that show as list columns: those at the top, also inside rows and collapsibles.
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return { ...field, fields: withCells(field.fields) }
    return field
  })

/** Gives every collection's checkbox columns words instead of `waar`/`onwaar`. */
export const readableCells = (collections: readonly CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: withCells(collection.fields) }))
