// Generates, finds and rotates a centre's issuer keys. Private keys leave this module only as
// decrypted JWKs handed straight to the signing functions; they are never logged or returned.
import { generateIssuerKeyPair, type DataIntegritySigningKey, type IssuerJwk, type JwtSigningKey } from '@doorstart/certificates'
import type { Payload, PayloadRequest } from 'payload'
import { relationIdForWrite } from '../access/idOf'
import { asJsonObject } from '../fields/asJsonObject'
import { decryptPrivateKey, encryptPrivateKey, keyEncryptionKey } from './keyEncryption'
import { IssuerKeyError } from './IssuerKeyError'
import { PREPARE_KEY_LOCK } from './locks'

export interface IssuerKeyRecord {
  id: number | string
  kid: string
  algorithm: 'Ed25519' | 'ES256'
  status: 'active' | 'retired'
  publicJwk: IssuerJwk
  privateKeyEncrypted?: string
  centre: number | string
}

const asRecord = (doc: unknown): IssuerKeyRecord => {
  const value = doc as Omit<IssuerKeyRecord, 'centre'> & { centre: number | string | { id: number | string } }
  return { ...value, centre: typeof value.centre === 'object' ? value.centre.id : value.centre }
}

/** Every key of a centre, newest first (active and retired: all of them verify). */
export const findIssuerKeys = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<IssuerKeyRecord[]> => {
  const { docs } = await payload.find({
    collection: 'issuer-keys',
    where: { centre: { equals: centre } },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    ...(req ? { req } : {}),
  })
  return docs.map(asRecord)
}

/**
 * The algorithms a centre signs with: Ed25519 for Data Integrity proofs (eddsa-rdfc-2022, what W3C
 * VC wallets verify) and P-256 for the OB 3.0 JWT form (ES256, what 1EdTech's validator accepts).
 */
export const ISSUER_ALGORITHMS = ['Ed25519', 'ES256'] as const
export type IssuerAlgorithm = (typeof ISSUER_ALGORITHMS)[number]

const generateKey = async (payload: Payload, centre: number | string, algorithm: IssuerAlgorithm, req?: PayloadRequest): Promise<IssuerKeyRecord> => {
  const { privateJwk, publicJwk } = await generateIssuerKeyPair({ algorithm })
  const kid = String(publicJwk.kid)
  const doc = await payload.create({
    collection: 'issuer-keys',
    data: { kid, algorithm, status: 'active', publicJwk: asJsonObject(publicJwk), privateKeyEncrypted: encryptPrivateKey(privateJwk, kid), centre: relationIdForWrite(centre) },
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
  return asRecord(doc)
}

const creating = new Map<string, Promise<ActiveIssuerKeys>>()

export interface ActiveIssuerKeys {
  Ed25519: IssuerKeyRecord
  ES256: IssuerKeyRecord
}

const activeOf = (keys: IssuerKeyRecord[]): Partial<ActiveIssuerKeys> =>
  Object.fromEntries(ISSUER_ALGORITHMS.map((algorithm) => [algorithm, keys.find((key) => key.status === 'active' && key.algorithm === algorithm)]).filter(([, key]) => key))

const isComplete = (keys: Partial<ActiveIssuerKeys>): keys is ActiveIssuerKeys => ISSUER_ALGORITHMS.every((algorithm) => keys[algorithm])

/** The centre's active signing keys, one per algorithm; the first call for a centre generates them. */
export const activeIssuerKeys = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<ActiveIssuerKeys> => {
  const active = activeOf(await findIssuerKeys(payload, centre, req))
  if (isComplete(active)) return active
  const key = String(centre)
  let pending = creating.get(key)
  if (!pending) {
    // Outside any request transaction, so a rolled-back issuance does not lose the key.
    pending = (async () => {
      const pool = (payload.db as unknown as { pool?: { connect: () => Promise<{ query: (sql: string, values?: unknown[]) => Promise<unknown>; release: () => void }> } }).pool
      const lock = pool ? await pool.connect() : null
      try {
        await lock?.query('SELECT pg_advisory_lock($1, $2)', [PREPARE_KEY_LOCK, Number(centre) || 0])
        const again = activeOf(await findIssuerKeys(payload, centre))
        for (const algorithm of ISSUER_ALGORITHMS) again[algorithm] ??= await generateKey(payload, centre, algorithm)
        return again as ActiveIssuerKeys
      } finally {
        await lock?.query('SELECT pg_advisory_unlock($1, $2)', [PREPARE_KEY_LOCK, Number(centre) || 0]).catch(() => undefined)
        lock?.release()
      }
    })().finally(() => creating.delete(key))
    creating.set(key, pending)
  }
  return pending
}

// Decrypted once per stored key and process, per key-encryption key: keyed by the ciphertext, so a
// changed record is never served from here. Held in memory only, like any key in use; never
// logged or returned.
const decrypted = new WeakMap<Buffer, Map<string, IssuerJwk>>()

const privateJwkOf = (record: IssuerKeyRecord): IssuerJwk => {
  if (!record.privateKeyEncrypted) throw new IssuerKeyError('no-issuer-key', 'The issuer key record has no private key.')
  const kek = keyEncryptionKey()
  let keys = decrypted.get(kek)
  if (!keys) decrypted.set(kek, (keys = new Map()))
  const cacheKey = `${record.kid}|${record.privateKeyEncrypted}`
  let jwk = keys.get(cacheKey)
  if (!jwk) {
    jwk = Object.freeze(decryptPrivateKey<IssuerJwk>(record.privateKeyEncrypted, record.kid, kek))
    if (keys.size >= 1000) keys.clear()
    keys.set(cacheKey, jwk)
  }
  return jwk
}

/** The Ed25519 key for Data Integrity proofs, named by its DID URL (`<did>#<kid>`). */
export const dataIntegrityKeyOf = (record: IssuerKeyRecord, did: string): DataIntegritySigningKey => ({
  privateJwk: privateJwkOf(record),
  verificationMethod: `${did}#${record.kid}`,
})

/** The ES256 key for the OB 3.0 JWT form, its `kid` the DID URL a verifier dereferences. */
export const jwtKeyOf = (record: IssuerKeyRecord, did: string): JwtSigningKey => ({ privateJwk: privateJwkOf(record), kid: `${did}#${record.kid}` })

/** The public JWK as verifiers see it, with the DID URL as `kid`. */
export const publicJwkOf = (record: IssuerKeyRecord, did: string): IssuerJwk => {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicPart } = record.publicJwk as IssuerJwk
  return { ...publicPart, kid: `${did}#${record.kid}` }
}

/**
 * Rotates a centre's key: a new active key; the old ones are retired (they still verify the
 * credentials they signed, and stay in the DID document).
 */
export const rotateIssuerKeys = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<IssuerKeyRecord[]> => {
  const existing = await findIssuerKeys(payload, centre, req)
  const retiredAt = new Date().toISOString()
  for (const record of existing.filter((key) => key.status === 'active')) {
    await payload.update({ collection: 'issuer-keys', id: record.id, data: { status: 'retired', retiredAt }, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  }
  const created: IssuerKeyRecord[] = []
  for (const algorithm of ISSUER_ALGORITHMS) created.push(await generateKey(payload, centre, algorithm, req))
  return created
}
