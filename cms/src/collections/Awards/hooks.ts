import { validateCertificateInput, CertificateInputError } from '@doorstart/certificates'
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload'
import { recordAwardEvent } from '../../jobs/recordAwardEvent'
import { forgetVerification } from '../../verify/verificationCache'
import { idOf } from '../../access/idOf'
import { toCertificateInput } from './certificateInput'
import { certificateIssueMessage } from './messages'

/**
 * An award belongs to its participant's centre, workplace and coach. The participant is looked
 * up with the writer's own access, so one the writer may not see is refused as if it did not exist.
 */
export const inheritFromParticipant: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (operation === 'update' && data.participant === undefined) return data
  const participantId = idOf(data.participant !== undefined ? data.participant : originalDoc?.participant)
  const participant =
    participantId === null
      ? null
      : await req.payload
          .findByID({ collection: 'participants', id: participantId, depth: 0, req, user: req.user, overrideAccess: !req.user })
          .catch(() => null)
  if (!participant) {
    throw new ValidationError({ collection: 'awards', errors: [{ path: 'participant', message: 'Onbekende deelnemer / Unknown participant (participant-not-found).' }], req }, req.t)
  }
  return {
    ...data,
    centre: idOf(participant.centre),
    atWorkplace: idOf(participant.workplace),
    coach: idOf(participant.coach),
  }
}

/** A new award is a proposal by whoever sends it. */
export const markProposed: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation !== 'create' || !req.user) return data
  return { ...data, status: 'proposed', proposedBy: req.user.id }
}

/**
 * A proposal must already be printable: checked with the library's own validation (with
 * placeholders for what the issuance adds), each problem on its field, in Dutch and English.
 */
export const validatePrintable: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (context.awardsSystemWrite) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged.status && merged.status !== 'proposed') return data
  const input = toCertificateInput(merged, { centre: { name: 'Centrum' }, issuedOn: new Date().toISOString().slice(0, 10), verifyUrl: 'https://doorstart.invalid/verify/x' })
  try {
    validateCertificateInput(input)
  } catch (error) {
    if (!(error instanceof CertificateInputError)) throw error
    const errors = error.issues.map((issue) => ({
      path: issue.path.replace(/^\//, '').replace(/\//g, '.') || 'kind',
      message: certificateIssueMessage(issue),
    }))
    throw new ValidationError({ collection: 'awards', errors, req }, req.t)
  }
  return data
}

/** Prefill from a learning goal: its title and description where the proposal leaves them empty. */
export const prefillFromLearningGoal: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const goalId = idOf(data.learningGoal)
  if (goalId === null) return data
  const goal = await req.payload.findByID({ collection: 'learning-goals', id: goalId, depth: 0, req, user: req.user, overrideAccess: !req.user }).catch(() => null)
  if (!goal) return data
  const locale = data.locale === 'en' ? 'en' : 'nl'
  const title = goal.title?.[locale] ?? goal.title?.nl
  const description = goal.description?.[locale]
  const achievement = { ...((data.achievement as Record<string, unknown> | undefined) ?? {}) }
  if (!achievement.title && title) achievement.title = title
  const competences = achievement.competences as unknown[] | undefined
  if ((!competences || competences.length === 0) && (description || title)) achievement.competences = [description || title]
  return { ...data, achievement }
}

/** A new proposal goes into the audit trail, in the same transaction. */
export const auditProposal: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await recordAwardEvent(req.payload, { type: 'award.proposed', actor: req.user?.id ?? null, centre: idOf(doc.centre), recordId: doc.id, detail: { kind: String(doc.kind) } }, req)
  }
  return doc
}

/**
 * A changed award is checked afresh by the verification page. The revoke endpoint forgets again
 * once its transaction is committed; this catches any other change made through Payload.
 */
export const forgetChangedVerification: CollectionAfterChangeHook = ({ doc }) => {
  if (typeof doc.credentialId === 'string' && doc.credentialId) forgetVerification(doc.credentialId)
  return doc
}
