// The award actions of the REST contract: approve (four eyes), revoke, and the downloads.
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { canApproveAward, canRevokeAward } from '../../access/canApproveAward'
import { idOf } from '../../access/idOf'
import { generateRecipientIdentifier, MIN_STATUS_LIST_LENGTH } from '@doorstart/certificates'
import { centreDid, serverUrlOf, verifyUrlOf } from '../../issuer/issuerDid'
import { findCentre } from '../../issuer/centreIssuer'
import { activeIssuerKeys } from '../../issuer/issuerKeys'
import { drainAwardQueue, AWARDS_QUEUE } from '../../jobs/awardQueue'
import { recordAwardEvent } from '../../jobs/recordAwardEvent'
import type { Award, AwardFile } from '../../payload-types'
import { updateAwardColumns } from './updateAwardColumns'
import { forgetVerification } from '../../verify/verificationCache'

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

const problem = (status: number, code: string, nl: string, en: string): Response => json(status, { errors: [{ code, message: `${nl} / ${en}`, nl, en }] })

/** Today in the Netherlands, as YYYY-MM-DD. */
export const todayInAmsterdam = (now = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now)

/** The award as the signed-in user may see it, or null (unknown or not theirs: both 404). */
const readAward = async (req: PayloadRequest): Promise<Award | null> => {
  const id = req.routeParams?.id
  if (!req.user || typeof id !== 'string' && typeof id !== 'number') return null
  return req.payload
    .findByID({ collection: 'awards', id, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)
}

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** A free random index in the centre's status list (W3C: random, so positions reveal nothing). */
const freeStatusListIndex = async (req: PayloadRequest, centre: number | string): Promise<number> => {
  for (let attempt = 0; attempt < 20; attempt++) {
    const index = randomInt(MIN_STATUS_LIST_LENGTH)
    const { totalDocs } = await req.payload.count({
      collection: 'awards',
      where: { and: [{ centre: { equals: centre } }, { statusListIndex: { equals: index } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return index
  }
  throw new Error('no free status list index')
}

/**
 * Approves proposals (one, or all of a bulk upload) inside the caller's transaction: fixes what the
 * credential will say (its id, date, list index, recipient identifier) and queues the issuance job.
 */
export const approveInTransaction = async (req: PayloadRequest, award: Award): Promise<Award> => {
  const centreId = idOf(award.centre)!
  const centre = await findCentre(req.payload, { id: centreId })
  if (!centre) throw new Error('centre not found')
  const serverUrl = serverUrlOf(req.headers)
  const credentialId = randomUUID()
  const now = new Date().toISOString()
  const fixed = {
    status: 'approved' as const,
    approvedBy: req.user?.id ?? null,
    approvedAt: now,
    issuedOn: todayInAmsterdam(),
    credentialId,
    verifyUrl: verifyUrlOf(serverUrl, credentialId),
    issuerDid: centreDid(serverUrl, centre.slug),
    statusListIndex: await freeStatusListIndex(req, centreId),
    updatedAt: now,
    updatedBy: req.user?.id ?? null,
  } satisfies Partial<Award>
  await updateAwardColumns(req, award.id, {
    ...fixed,
    shareToken: randomBytes(32).toString('base64url'),
    // The credential's recipient: a random 128-bit identifier, never the short participant code,
    // and the salt of its hash (fixed here, so a re-run of the job hashes the same).
    recipientIdentifier: generateRecipientIdentifier(),
    recipientSalt: randomBytes(16).toString('hex'),
  })
  // The approver's view of it: the share token and recipient identifier are not theirs to read.
  const updated: Award = { ...award, ...fixed }
  await req.payload.jobs.queue({ task: 'issueAward', input: { award: String(award.id) }, queue: AWARDS_QUEUE, req })
  await recordAwardEvent(req.payload, { type: 'award.approved', actor: req.user?.id ?? null, centre: centreId, recordId: award.id, detail: { kind: String(award.kind) } }, req)
  return updated
}

/** Runs `work` in a transaction of its own on `req`; a unique-index race is retried. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    const owns = await initTransaction(req)
    try {
      const result = await work()
      if (owns) await commitTransaction(req)
      return result
    } catch (error) {
      if (owns) await killTransaction(req)
      const duplicate = /duplicate key|unique/i.test(String((error as { message?: string })?.message ?? ''))
      if (!owns || !duplicate || attempt >= 3) throw error
    }
  }
}

const approve: Endpoint = {
  path: '/:id/approve',
  method: 'post',
  handler: async (req) => {
    const award = await readAward(req)
    if (!award) return problem(404, 'not-found', 'Certificaat niet gevonden.', 'Certificate not found.')
    if (award.status !== 'proposed') return problem(409, 'not-proposed', 'Dit certificaat is al goedgekeurd of ingetrokken.', 'This certificate is no longer a proposal.')
    const refusal = canApproveAward(req.user, award)
    if (refusal === 'own-proposal') {
      return problem(403, 'four-eyes', 'Een ander dan de voorsteller moet goedkeuren (vier ogen).', 'Someone other than the proposer must approve (four eyes).')
    }
    if (refusal) {
      return problem(403, 'not-an-approver', 'Alleen de werkbegeleider van de werkplek of een centrumbeheerder keurt goed.', 'Only the work supervisor of the workplace or a centre admin approves.')
    }
    // Make sure the centre has a key before the job needs one (outside the transaction).
    await activeIssuerKeys(req.payload, idOf(award.centre)!)
    const updated = await inTransaction(req, () => approveInTransaction(req, award))
    void drainAwardQueue(req.payload)
    return json(202, { doc: updated, message: 'Goedgekeurd; het certificaat wordt uitgegeven. / Approved; the certificate is being issued.' })
  },
}

const revoke: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: async (req) => {
    const award = await readAward(req)
    if (!award) return problem(404, 'not-found', 'Certificaat niet gevonden.', 'Certificate not found.')
    if (!canRevokeAward(req.user, award)) return problem(403, 'not-a-centre-admin', 'Alleen een centrumbeheerder trekt een certificaat in.', 'Only a centre admin revokes a certificate.')
    if (award.status !== 'issued') return problem(409, 'not-issued', 'Alleen een uitgegeven certificaat kan worden ingetrokken.', 'Only an issued certificate can be revoked.')
    const reason = (await bodyOf(req)).reason
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500) {
      return problem(400, 'missing-reason', 'Geef een reden (hoogstens 500 tekens).', 'Give a reason (at most 500 characters).')
    }
    const updated = await inTransaction(req, async () => {
      const doc = await req.payload.update({
        collection: 'awards',
        id: award.id,
        data: { status: 'revoked', revokedAt: new Date().toISOString(), revokedBy: req.user!.id, revocationReason: reason.trim() },
        overrideAccess: true,
        depth: 0,
        req,
        context: { awardsSystemWrite: true },
      })
      await recordAwardEvent(req.payload, { type: 'award.revoked', actor: req.user!.id, centre: idOf(award.centre), recordId: award.id, detail: {} }, req)
      return doc
    })
    // Committed: the verification page on this server says revoked from now on.
    forgetVerification(String(award.credentialId))
    return json(200, { doc: updated })
  },
}

const filesOf = async (req: PayloadRequest, award: Award): Promise<AwardFile | null> => {
  const { docs } = await req.payload.find({ collection: 'award-files', where: { award: { equals: award.id } }, depth: 0, limit: 1, overrideAccess: true, req })
  return docs[0] ?? null
}

const fileName = (award: Award, extension: string): string => `${award.kind}-${String(award.credentialId ?? award.id)}.${extension}`

/** The stored PDF or credential of an issued award. */
export const serveAwardFile = async (req: PayloadRequest, award: Award, what: 'pdf' | 'credential'): Promise<Response> => {
  if (award.status !== 'issued' && award.status !== 'revoked') {
    return problem(409, 'not-issued', 'Dit certificaat is nog niet uitgegeven.', 'This certificate has not been issued yet.')
  }
  const files = await filesOf(req, award)
  if (!files) return problem(409, 'not-issued', 'Dit certificaat is nog niet uitgegeven.', 'This certificate has not been issued yet.')
  const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
  if (what === 'pdf') {
    // Erased on the participant's request: the credential still verifies, the printed name is gone.
    if (!files.pdf) return problem(410, 'erased', 'De gegevens van deze deelnemer zijn gewist; het certificaat-PDF bestaat niet meer.', "This participant's data was erased; the certificate PDF no longer exists.")
    return new Response(Buffer.from(files.pdf, 'base64'), {
      headers: { ...headers, 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${fileName(award, 'pdf')}"` },
    })
  }
  const format = new URL(req.url ?? 'http://x').searchParams.get('format')
  if (format === 'jwt') {
    return new Response(files.jwt, { headers: { ...headers, 'Content-Type': 'application/vc+jwt', 'Content-Disposition': `attachment; filename="${fileName(award, 'jwt')}"` } })
  }
  // The signed credential as JSON: the OpenBadgeCredential with its Data Integrity proof.
  return new Response(JSON.stringify(files.credential, null, 2), {
    headers: { ...headers, 'Content-Type': 'application/vc', 'Content-Disposition': `attachment; filename="${fileName(award, 'json')}"` },
  })
}

const download = (what: 'pdf' | 'credential'): Endpoint => ({
  path: `/:id/${what}`,
  method: 'get',
  handler: async (req) => {
    const award = await readAward(req)
    if (!award) return problem(404, 'not-found', 'Certificaat niet gevonden.', 'Certificate not found.')
    return serveAwardFile(req, award, what)
  },
})

/** The participant's share link: the token alone opens their own PDF or credential, no login. */
const shared: Endpoint = {
  path: '/shared/:token',
  method: 'get',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return problem(404, 'not-found', 'Onbekende link.', 'Unknown link.')
    const { docs } = await req.payload.find({ collection: 'awards', where: { shareToken: { equals: token } }, depth: 0, limit: 1, overrideAccess: true, showHiddenFields: true, req })
    const award = docs[0]
    if (!award) return problem(404, 'not-found', 'Onbekende link.', 'Unknown link.')
    const format = new URL(req.url ?? 'http://x').searchParams.get('format')
    return serveAwardFile(req, award, format === 'jwt' || format === 'json' ? 'credential' : 'pdf')
  },
}

export const awardEndpoints: Endpoint[] = [approve, revoke, download('pdf'), download('credential'), shared]
