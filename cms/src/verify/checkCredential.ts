// What the public verification page shows: the state of a credential and the little that is
// printed on the certificate anyway (achievement, centre, date, the name as printed). Nothing
// else about the person: no code, no participant record, no workplace, no reason of revocation.
import { createProofCache, readEmbeddedCredential, verifyCredential, type VerificationFailureCode } from '@doorstart/certificates'
import type { Payload } from 'payload'
import { idOf } from '../access/idOf'
import { findCentre, signedStatusListOf, trustedIssuersOf, type CentreRecord } from '../issuer/centreIssuer'
import { slugOfDid } from '../issuer/issuerDid'
import { cachedVerification, rememberVerification, verificationGeneration } from './verificationCache'

export type VerificationState = 'valid' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid' | 'unknown'

/** The public view of one credential. */
export interface VerificationView {
  state: VerificationState
  credentialId: string
  /** Why a credential is invalid (the library's code), for `invalid`. */
  code?: VerificationFailureCode | 'unknown-issuer' | 'unreadable'
  achievement?: string
  kind?: string
  centre?: string
  issuedOn?: string
  name?: string
  revokedOn?: string
  validUntil?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A credential in either proof form: a compact JWT, or a Data Integrity credential (object). */
export type SignedCredential = string | Record<string, unknown>

/** The claims of a credential, unverified (to find out whose it says it is). */
const claimsOf = (credential: SignedCredential): Record<string, unknown> | null => {
  if (typeof credential !== 'string') return credential
  try {
    const part = credential.trim().split('.')[1]
    return part ? (JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const stateOf = (code: VerificationFailureCode): VerificationState =>
  code === 'revoked' ? 'revoked' : code === 'expired' ? 'expired' : code === 'not-yet-valid' ? 'not-yet-valid' : 'invalid'

// Stored credentials never change: once a proof verified, checking the same bytes again (after the
// page's cache lifetime) skips its canonicalisation. Dates and the status list are checked anew.
const proofCache = createProofCache({ maxEntries: 10_000 })

/**
 * Checks a signed credential against the centre it names: signature, dates and revocation.
 * `known`: a centre already read (the award's), used when it is the one the credential names.
 */
export const verifySigned = async (payload: Payload, signed: SignedCredential, known?: CentreRecord | null): Promise<{ result: Awaited<ReturnType<typeof verifyCredential>> | null; centre: CentreRecord | null }> => {
  const claims = claimsOf(signed)
  const issuer = (claims?.issuer as { id?: unknown } | undefined)?.id
  const slug = typeof issuer === 'string' ? slugOfDid(issuer) : null
  const centre = slug ? (known?.slug === slug ? known : await findCentre(payload, { slug })) : null
  if (!centre || typeof issuer !== 'string') return { result: null, centre: null }
  const result = await verifyCredential(signed, {
    // The same list object while the centre's keys stay the same: the library then reuses its key
    // index and its check of the status list's own proof.
    trustedIssuers: await trustedIssuersOf(payload, centre, issuer),
    statusList: (url) => signedStatusListOf(payload, centre, { id: url, issuer }),
    proofCache,
  })
  return { result, centre }
}

// Outcomes that follow from the stored award and credential alone; an unknown id may be issued any
// moment, and an invalid one may be a passing fault (a status list that could not be read).
export const CACHEABLE: ReadonlySet<VerificationState> = new Set(['valid', 'revoked', 'expired', 'not-yet-valid'])

/** The credential id in a verification address: percent-decoded, without `urn:uuid:`. */
export const credentialIdOf = (rawId: string): string => {
  let decoded = rawId
  try {
    decoded = decodeURIComponent(rawId)
  } catch {
    // Not percent-encoding: taken as it is (and unknown).
  }
  return decoded.replace(/^urn:uuid:/i, '')
}

/** Whether an id has the form of the credential ids the CMS gives out (a UUID). */
export const isCredentialId = (credentialId: string): boolean => UUID.test(credentialId)

/**
 * The view of the credential with this id (`urn:uuid:` optional), as the registry knows it. The
 * outcome is kept for at most the status list's cache lifetime and forgotten when the award is
 * revoked or erased on this server (see verificationCache.ts); `fresh` checks anew all the same.
 */
export const checkCredentialId = async (payload: Payload, rawId: string, options: { fresh?: boolean } = {}): Promise<VerificationView> => {
  const credentialId = credentialIdOf(rawId)
  if (!UUID.test(credentialId)) return { state: 'unknown', credentialId }
  const cached = options.fresh ? undefined : cachedVerification(credentialId.toLowerCase())
  if (cached) return { ...cached, credentialId }
  const generation = verificationGeneration()
  const { view, changesAt } = await checkStoredCredential(payload, credentialId)
  if (CACHEABLE.has(view.state)) rememberVerification({ ...view, credentialId: credentialId.toLowerCase() }, { generation, changesAt })
  return view
}

const checkStoredCredential = async (payload: Payload, credentialId: string): Promise<{ view: VerificationView; changesAt?: (string | undefined)[] }> => {
  const { docs } = await payload.find({
    collection: 'awards',
    where: { and: [{ credentialId: { equals: credentialId.toLowerCase() } }, { status: { in: ['issued', 'revoked'] } }] },
    select: { status: true, kind: true, centre: true, issuedOn: true, revokedAt: true, credentialId: true, recipient: true, achievement: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const award = docs[0]
  if (!award) return { view: { state: 'unknown', credentialId } }
  const { docs: files } = await payload.find({
    collection: 'award-files',
    where: { award: { equals: award.id } },
    select: { credential: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const stored = (files[0] as { credential?: Record<string, unknown> } | undefined)?.credential
  const centre = await findCentre(payload, { id: idOf(award.centre)! })
  const view: VerificationView = {
    state: 'invalid',
    credentialId,
    kind: award.kind,
    achievement: award.achievement?.title,
    centre: centre?.name,
    issuedOn: award.issuedOn ?? undefined,
    name: award.recipient?.name,
  }
  if (!stored) return { view: { ...view, code: 'unreadable' } }
  // Check the stored credential itself, as any verifier would: proof, dates, status list.
  const { result } = await verifySigned(payload, stored, centre)
  if (!result) return { view: { ...view, code: 'unknown-issuer' } }
  const dates = result.credential as { validFrom?: string; validUntil?: string } | undefined
  const validUntil = dates?.validUntil
  const changesAt = [dates?.validFrom, validUntil]
  if (result.verified) return { view: { ...view, state: 'valid', ...(validUntil ? { validUntil } : {}) }, changesAt }
  return {
    view: {
      ...view,
      state: stateOf(result.code),
      ...(result.code === 'revoked' && award.revokedAt ? { revokedOn: award.revokedAt.slice(0, 10) } : {}),
      ...(stateOf(result.code) === 'invalid' ? { code: result.code } : {}),
      ...(validUntil ? { validUntil } : {}),
    },
    changesAt,
  }
}

const parseCredentialText = (text: string): SignedCredential | null => {
  const trimmed = text.trim()
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(trimmed)) return trimmed
  try {
    const parsed = JSON.parse(trimmed) as Record<string, unknown>
    if (typeof parsed.id === 'string' && parsed.id.startsWith('data:application/vc+jwt,')) return parsed.id.slice('data:application/vc+jwt,'.length)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

/** Reads the credential out of an uploaded file: a certificate PDF, a VC-JWT, or a credential JSON file. */
export const credentialOfFile = (bytes: Uint8Array): SignedCredential | null => {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1')
  if (head === '%PDF-') {
    try {
      const embedded = readEmbeddedCredential(bytes)
      return typeof embedded === 'string' ? parseCredentialText(embedded) : null
    } catch {
      return null
    }
  }
  return parseCredentialText(Buffer.from(bytes).toString('utf8'))
}

/** Checks an uploaded file: the outcome of its own signature and status, and which credential it is. */
export const checkUploadedFile = async (payload: Payload, bytes: Uint8Array): Promise<{ credentialId: string | null; outcome: VerificationState; code?: string }> => {
  const signed = credentialOfFile(bytes)
  if (!signed) return { credentialId: null, outcome: 'invalid', code: 'unreadable' }
  const claims = claimsOf(signed)
  const id = typeof claims?.id === 'string' ? claims.id.replace(/^urn:uuid:/i, '') : null
  const credentialId = id && UUID.test(id) ? id.toLowerCase() : null
  const { result } = await verifySigned(payload, signed)
  if (!result) return { credentialId, outcome: 'invalid', code: 'unknown-issuer' }
  if (result.verified) return { credentialId, outcome: 'valid' }
  return { credentialId, outcome: stateOf(result.code), code: result.code }
}
