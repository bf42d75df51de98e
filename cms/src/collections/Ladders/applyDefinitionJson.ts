import { findLadderIssues, type Ladder } from '@doorstart/ladder'
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { issueMessage } from './issueMessages'
import { toLadderFields, toLadderInput, type StoredLadder } from './ladderDocument'

/**
 * Lets a whole definition in the library's format replace the form: `definition` in a REST body,
 * or pasted into the admin's JSON box. The admin always sends the box back, so it only counts when
 * it differs from what the stored document said (otherwise the form's own edits win).
 */
export const applyDefinitionJson: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data || !('definition' in data)) return data
  const { definition, ...rest } = data as Record<string, unknown>
  const unchanged =
    definition === null ||
    definition === undefined ||
    (originalDoc && JSON.stringify(definition) === JSON.stringify(toLadderInput(originalDoc as StoredLadder)))
  if (unchanged) return rest
  const issues = findLadderIssues(definition)
  if (issues.length) {
    const language = req.i18n?.language ?? 'en'
    throw new ValidationError(
      {
        collection: 'ladders',
        errors: issues.map((issue) => ({ path: 'definition', message: `${issue.path || '/'}: ${issueMessage(issue, language)}` })),
        req,
      },
      req.t,
    )
  }
  return { ...rest, ...toLadderFields(definition as Ladder) }
}
