import type { Field, SanitizedConfig } from 'payload'

/** A collection that refers to participants, and the field paths that do (`participant`, `events.participant`). */
export interface ParticipantReference {
  collection: string
  paths: string[]
}

const refersToParticipants = (relationTo: string | string[]): boolean =>
  Array.isArray(relationTo) ? relationTo.includes('participants') : relationTo === 'participants'

const collectPaths = (fields: readonly Field[], prefix: string, found: string[], refersTo: (relationTo: string | string[]) => boolean = refersToParticipants): void => {
  for (const field of fields) {
    if ((field.type === 'relationship' || field.type === 'upload') && refersTo(field.relationTo)) {
      if ('virtual' in field && field.virtual) continue
      found.push(`${prefix}${field.name}`)
    } else if (field.type === 'group' || field.type === 'array') {
      collectPaths(field.fields, 'name' in field && field.name ? `${prefix}${field.name}.` : prefix, found, refersTo)
    } else if (field.type === 'row' || field.type === 'collapsible') {
      collectPaths(field.fields, prefix, found, refersTo)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) collectPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, found, refersTo)
    } else if (field.type === 'blocks') {
      for (const block of field.blocks) collectPaths(block.fields, `${prefix}${field.name}.`, found, refersTo)
    }
  }
}

/**
 * Every collection with a relationship to `participants`, read from the Payload config itself, so
 * a collection added later is exported and erased without anyone remembering to list it.
 * Payload's own collections (locked documents, preferences, jobs) are left out: they hold ids,
 * not data about the person.
 */
export const findParticipantReferences = (config: Pick<SanitizedConfig, 'collections'>): ParticipantReference[] =>
  config.collections
    .filter((collection) => !collection.slug.startsWith('payload-') && collection.slug !== 'participants')
    .map((collection) => {
      const paths: string[] = []
      collectPaths(collection.fields, '', paths)
      return { collection: collection.slug, paths }
    })
    .filter((reference) => reference.paths.length > 0)

/** A collection whose documents belong to documents of a collection that refers to participants. */
export interface DependentReference {
  collection: string
  paths: { path: string; relationTo: string }[]
}

/**
 * Collections without a participant field of their own whose documents hang under a document
 * that has one (`award-files` under `awards`): exported and erased with it.
 */
export const findDependentReferences = (config: Pick<SanitizedConfig, 'collections'>): DependentReference[] => {
  const referring = new Set(findParticipantReferences(config).map((reference) => reference.collection))
  return config.collections
    .filter((collection) => !collection.slug.startsWith('payload-') && collection.slug !== 'participants' && !referring.has(collection.slug))
    .map((collection) => {
      const paths: { path: string; relationTo: string }[] = []
      for (const relationTo of referring) {
        const found: string[] = []
        collectPaths(collection.fields, '', found, (target) => target === relationTo)
        for (const path of found) paths.push({ path, relationTo })
      }
      return { collection: collection.slug, paths }
    })
    .filter((reference) => reference.paths.length > 0)
}
