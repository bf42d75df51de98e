import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import * as ladderLibrary from '@doorstart/ladder'
import { issueMessage } from './issueMessages'
import { toFieldPath, toLadderInput, type StoredLadder } from './ladderDocument'

interface Issue {
  path: string
  code: string
  message: string
}

/** Runs the library's `validateLadder`; returns its issues instead of throwing them. */
const findIssues = (input: unknown): Issue[] => {
  const validateLadder = (ladderLibrary as unknown as { validateLadder?: (input: unknown) => unknown }).validateLadder
  if (!validateLadder) return []
  try {
    validateLadder(input)
    return []
  } catch (error) {
    const issues = (error as { issues?: Issue[] }).issues
    if (Array.isArray(issues) && issues.length) return issues
    const { code = 'invalid-ladder', path = '', message = String(error) } = error as Partial<Issue>
    return [{ code, path, message }]
  }
}

/**
 * Validates the whole definition with `validateLadder` on every save and shows each issue on its
 * own field (rung, criterion, rule), in the admin's language.
 */
export const validateLadderDefinition: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as StoredLadder
  const issues = findIssues(toLadderInput(merged))
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
