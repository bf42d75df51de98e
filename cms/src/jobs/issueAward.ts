// The issuance job: renders the PDF, signs the credential, embeds it in the PDF and stores both,
// in one transaction with the award's change to `issued`. Idempotent: the award row decides —
// an award that is no longer `approved` is left alone, and the unique award-files row makes a
// second, concurrent run fail and roll back instead of storing twice.
import { createHash } from 'node:crypto'
import { issueDataIntegrityCredential, issueJwtCredential, renderCertificate, type AchievementType, type OpenBadgeInput } from '@doorstart/certificates'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TaskConfig } from 'payload'
import { idOf } from '../access/idOf'
import { toCertificateInput } from '../collections/Awards/certificateInput'
import { asJsonObject } from '../fields/asJsonObject'
import { updateAwardColumns } from '../collections/Awards/updateAwardColumns'
import { findCentre } from '../issuer/centreIssuer'
import { activeIssuerKeys, dataIntegrityKeyOf, jwtKeyOf } from '../issuer/issuerKeys'
import type { Award } from '../payload-types'
import { recordAwardEvent } from './recordAwardEvent'

const ACHIEVEMENT_TYPES: Record<string, AchievementType> = {
  getuigschrift: 'ext:Getuigschrift',
  certificaat: 'Certificate',
  praktijkverklaring: 'ext:Praktijkverklaring',
}

const slugify = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'achievement'

export type IssueOutcome = 'issued' | 'already-issued' | 'not-approved'

/** Issues one approved award. Safe to call any number of times, concurrently too. */
export const issueAward = async (payload: Payload, awardId: number | string): Promise<IssueOutcome> => {
  // The centre and its keys first, each on a connection of its own that is given back: a
  // transaction that waited for a second connection could wait forever once every connection of
  // the pool is held by such transactions (ten jobs at once did that). The keys are made (once)
  // outside the transaction, so a rolled-back issuance keeps them.
  const before = await payload.findByID({ collection: 'awards', id: awardId, depth: 0, overrideAccess: true })
  if (before.status !== 'approved') return before.status === 'issued' || before.status === 'revoked' ? 'already-issued' : 'not-approved'
  const centreId = idOf(before.centre)!
  const centre = await findCentre(payload, { id: centreId })
  if (!centre) throw new Error(`award ${awardId}: centre ${centreId} not found`)
  const keys = await activeIssuerKeys(payload, centreId)
  const req = await createLocalReq({ context: { awardsSystemWrite: true } }, payload)
  await initTransaction(req)
  try {
    const award = await payload.findByID({ collection: 'awards', id: awardId, depth: 0, overrideAccess: true, showHiddenFields: true, req })
    if (award.status !== 'approved') {
      await commitTransaction(req)
      return award.status === 'issued' || award.status === 'revoked' ? 'already-issued' : 'not-approved'
    }
    const did = String(award.issuerDid)
    const kind = String(award.kind)
    const achievement: Partial<Award['achievement']> = award.achievement ?? {}
    const competences = achievement.competences ?? []
    const serverUrl = new URL(String(award.verifyUrl)).origin
    const evidence = Array.isArray(award.evidence) && award.evidence.length ? award.evidence.map((narrative) => ({ narrative })) : undefined
    const input: OpenBadgeInput = {
      id: `urn:uuid:${String(award.credentialId)}`,
      issuer: { id: did, name: centre.name, url: `${serverUrl}/centres/${encodeURIComponent(centre.slug)}` },
      recipient: { identifier: String(award.recipientIdentifier), identityType: 'identifier', salt: String(award.recipientSalt), id: `urn:uuid:${String(award.credentialId)}#recipient` },
      achievement: {
        id: `${serverUrl}/centres/${encodeURIComponent(centre.slug)}/achievements/${kind}/${slugify(String(achievement.title))}`,
        name: String(achievement.title),
        description: (achievement.description || competences.join(' ')).slice(0, 1000) || String(achievement.title),
        criteria: competences.join('\n').slice(0, 2000) || String(achievement.title),
        achievementType: ACHIEVEMENT_TYPES[kind] ?? 'Achievement',
        inLanguage: award.locale === 'en' ? 'en' : 'nl',
      },
      // The moment of issuance, not the printed day: `issuedOn` is the day in Amsterdam, which
      // from 22:00 or 23:00 UTC is tomorrow as a UTC date, and a verifier would call the
      // credential not yet valid until then.
      validFrom: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      ...(evidence ? { evidence } : {}),
      status: { statusListCredential: `${serverUrl}/centres/${encodeURIComponent(centre.slug)}/status/1`, statusListIndex: Number(award.statusListIndex) },
    }
    // One credential in both proof forms: Data Integrity (wallets) and the OB 3.0 JWT (ES256).
    const signed = await issueDataIntegrityCredential(input, dataIntegrityKeyOf(keys.Ed25519, did))
    const { jwt } = await issueJwtCredential(input, jwtKeyOf(keys.ES256, did))
    const pdf = await renderCertificate(
      toCertificateInput(award, {
        centre: { name: centre.name, ...(centre.city ? { location: centre.city } : {}), url: `${serverUrl}/centres/${encodeURIComponent(centre.slug)}` },
        issuedOn: String(award.issuedOn),
        verifyUrl: String(award.verifyUrl),
        credential: signed.credential,
      }),
    )
    const bytes = Buffer.from(pdf)
    const now = new Date().toISOString()
    // Written as rows, not through payload.create/update: award-files has no hooks, and reading
    // back the ~40 KB row (or rewriting the award's lists) was a fifth of the job.
    await payload.db.create({
      collection: 'award-files',
      data: {
        award: award.id,
        centre: centreId,
        pdf: bytes.toString('base64'),
        pdfSha256: createHash('sha256').update(bytes).digest('hex'),
        jwt,
        credential: asJsonObject(signed.credential),
        salt: signed.salt,
        createdAt: now,
        updatedAt: now,
      },
      req,
      returning: false,
    })
    await updateAwardColumns(req, award.id, { status: 'issued', issuedAt: now, issueError: null, updatedAt: now })
    await recordAwardEvent(payload, { type: 'award.issued', actor: null, centre: centreId, recordId: award.id, detail: { kind } }, req)
    await commitTransaction(req)
    return 'issued'
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The Payload jobs task that runs {@link issueAward}; queued on approval, in the same transaction. */
export const issueAwardTask: TaskConfig<'issueAward'> = {
  slug: 'issueAward',
  label: 'Issue a certificate',
  inputSchema: [{ name: 'award', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 500 } },
  handler: async ({ input, req }) => {
    const outcome = await issueAward(req.payload, String((input as { award?: string } | undefined)?.award))
    return { output: { outcome } }
  },
}
