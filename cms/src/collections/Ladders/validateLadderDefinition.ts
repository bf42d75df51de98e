import { findLadderIssues } from '@doorstart/ladder'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { issueMessage } from './issueMessages'
import { toFieldPath, toLadderInput, type StoredLadder } from './ladderDocument'

/**
 * Validates the whole definition with `validateLadder` on every save and shows each issue on its
 * own field (rung, criterion, rule), in the admin's language.
 */
export const validateLadderDefinition: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as StoredLadder
  const issues = findLadderIssues(toLadderInput(merged))
  if (issues.length === 0) return data
  const language = req.i18n?.language ?? 'en'
  throw new ValidationError(
    {
      collection: 'ladders',
      errors: issues.map((issue) => ({ path: toFieldPath(issue.path), message: issueMessage(issue, language) })),
      req,
    },
    req.t,
  )
}
