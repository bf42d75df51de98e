// Everything about one centre as an issuer: its DID, its keys as trusted by verifiers, its DID
// document and its signed revocation list. Read by the issuance job, /verify and the DID routes.
import { buildDidDocument, createStatusList, issueDataIntegrityStatusListCredential, revoke, type DidDocument, type StatusList, type StatusListCredential, type TrustedIssuer } from '@doorstart/certificates'
import type { Payload } from 'payload'
import { centreDid, statusListUrl } from './issuerDid'
import { activeIssuerKeys, dataIntegrityKeyOf, findIssuerKeys, publicJwkOf } from './issuerKeys'

export interface CentreRecord {
  id: number | string
  slug: string
  name: string
  city?: string | null
}

export const findCentre = async (payload: Payload, where: { id?: number | string; slug?: string }): Promise<CentreRecord | null> => {
  const { docs } = await payload.find({
    collection: 'centres',
    where: where.id !== undefined ? { id: { equals: where.id } } : { slug: { equals: where.slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0] as CentreRecord | undefined) ?? null
}

// One list per centre and DID, replaced when its keys change (a rotation): verifyCredential keeps
// its key index and its checked status lists per list object.
const trustedLists = new Map<string, { fingerprint: string; issuers: readonly TrustedIssuer[] }>()

/**
 * The issuers a verifier trusts for this centre, as one list for verifyCredential: its DID and
 * every public key it ever had. The same list object while the keys stay the same.
 */
export const trustedIssuersOf = async (payload: Payload, centre: CentreRecord, did: string): Promise<readonly TrustedIssuer[]> => {
  const keys = await findIssuerKeys(payload, centre.id)
  const publicKeys = keys.map((key) => publicJwkOf(key, did))
  const fingerprint = JSON.stringify(publicKeys)
  const cacheKey = `${String(centre.id)}|${did}`
  const cached = trustedLists.get(cacheKey)
  if (cached?.fingerprint === fingerprint) return cached.issuers
  const issuers = [{ id: did, publicKeys }]
  if (trustedLists.size >= 1000) trustedLists.clear()
  trustedLists.set(cacheKey, { fingerprint, issuers })
  return issuers
}

/**
 * The W3C DID document of a centre (the library's buildDidDocument): every key, retired ones too,
 * for assertions — Ed25519 as Multikey, P-256 as JsonWebKey. The first request makes the keys.
 */
export const didDocumentOf = async (payload: Payload, centre: CentreRecord, serverUrl: string): Promise<DidDocument> => {
  await activeIssuerKeys(payload, centre.id)
  const did = centreDid(serverUrl, centre.slug)
  const keys = await findIssuerKeys(payload, centre.id)
  return buildDidDocument({
    did,
    keys: keys.map((key) => ({ id: key.kid, publicJwk: publicJwkOf(key, did) })),
    alsoKnownAs: [`${serverUrl}/centres/${encodeURIComponent(centre.slug)}`],
  })
}

interface RevokedRow {
  statusListIndex?: number | null
  revocationReason?: string | null
  revokedAt?: string | null
}

/** Where a list is published and whose it is: read from a credential, or made from the server URL. */
export interface ListAddress {
  id: string
  issuer: string
}

export const listAddressOf = (serverUrl: string, slug: string): ListAddress => ({ id: statusListUrl(serverUrl, slug), issuer: centreDid(serverUrl, slug) })

/** The centre's revocation list as the library's StatusList, from the revoked awards. */
export const statusListOf = async (payload: Payload, centre: CentreRecord, address: ListAddress): Promise<StatusList> => {
  let list = createStatusList(address)
  const { docs } = await payload.find({
    collection: 'awards',
    where: { and: [{ centre: { equals: centre.id } }, { status: { equals: 'revoked' } }] },
    select: { statusListIndex: true, revocationReason: true, revokedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of docs as RevokedRow[]) {
    if (typeof row.statusListIndex !== 'number') continue
    list = revoke(list, { index: row.statusListIndex, reason: row.revocationReason || '-', revokedOn: (row.revokedAt ?? new Date().toISOString()).slice(0, 10) })
  }
  return list
}

// The signed list changes only when a revocation is added: cache it by its revocations.
const signedLists = new Map<string, { fingerprint: string; list: StatusListCredential }>()

/**
 * The centre's BitstringStatusListCredential with a Data Integrity proof (eddsa-rdfc-2022), as
 * published at the address every credential of the centre names.
 */
export const signedStatusListOf = async (payload: Payload, centre: CentreRecord, address: ListAddress): Promise<StatusListCredential> => {
  const list = await statusListOf(payload, centre, address)
  const key = (await activeIssuerKeys(payload, centre.id)).Ed25519
  const fingerprint = `${key.kid}|${list.revocations.map((revocation) => revocation.index).sort((a, b) => a - b).join(',')}`
  const cacheKey = `${address.id}|${address.issuer}|${centre.id}`
  const cached = signedLists.get(cacheKey)
  if (cached?.fingerprint === fingerprint) return cached.list
  const signed = await issueDataIntegrityStatusListCredential(list, { key: dataIntegrityKeyOf(key, address.issuer), validFrom: new Date().toISOString().replace(/\.\d+Z$/, 'Z') })
  signedLists.set(cacheKey, { fingerprint, list: signed })
  return signed
}
