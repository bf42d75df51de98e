import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { hasRole } from '../../access/hasRole'
import { idOf } from '../../access/idOf'
import { recordAuditEvent } from '../../audit/recordAuditEvent'
import { CoachDataError } from '../../coach/CoachDataError'

const MAX_REASON = 500

/**
 * `POST /api/assessments/:id/void` with `{ reason }`: a centre admin (or admin) declares an
 * assessment void. It stays visible, marked voided with the reason, who and when; nothing else
 * about it changes.
 */
export const voidAssessmentEndpoint: Endpoint = {
  path: '/:id/void',
  method: 'post',
  handler: async (req) => {
    const language = req.i18n?.language ?? 'nl'
    const { user } = req
    if (!user || !hasRole(user, 'admin', 'centre-admin')) {
      throw new CoachDataError('not-allowed', { nl: 'Alleen een centrumbeheerder kan een meting ongeldig verklaren.', en: 'Only a centre admin can void an assessment.' }, 403, language)
    }
    await addDataAndFileToRequest(req)
    const reason = typeof req.data?.reason === 'string' ? req.data.reason.trim() : ''
    if (reason === '' || reason.length > MAX_REASON) {
      throw new CoachDataError(
        'void-reason-required',
        { nl: `Geef een reden op (hoogstens ${MAX_REASON} tekens).`, en: `Give a reason (at most ${MAX_REASON} characters).` },
        400,
        language,
      )
    }
    const id = req.routeParams?.id as string | undefined
    // Read with the admin's own access: another centre's assessment does not exist for them.
    const assessment = id
      ? await req.payload.findByID({ collection: 'assessments', id, depth: 0, req, user, overrideAccess: false }).catch(() => null)
      : null
    if (!assessment) {
      throw new CoachDataError('assessment-not-found', { nl: 'Meting niet gevonden.', en: 'Assessment not found.' }, 404, language)
    }
    if (assessment.voided) {
      throw new CoachDataError('already-voided', { nl: 'Deze meting is al ongeldig verklaard.', en: 'This assessment is already void.' }, 409, language)
    }
    const doc = await req.payload.update({
      collection: 'assessments',
      id: assessment.id,
      data: { voided: true, voidReason: reason, voidedBy: user.id, voidedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
      context: { voidAssessment: true },
    })
    await recordAuditEvent(
      req.payload,
      { type: 'assessment.voided', actor: user.id, centre: idOf(assessment.centre), collection: 'assessments', recordId: assessment.id },
      req,
    )
    return Response.json({ doc, message: language === 'en' ? 'Assessment voided.' : 'Meting ongeldig verklaard.' })
  },
}
