// Generates, finds and rotates a centre's issuer keys. Private keys leave this module only as
// decrypted JWKs handed straight to the signing functions; they are never logged or returned.
import { generateIssuerKeyPair, type Ed25519Jwk } from '@doorstart/certificates'
import type { Payload, PayloadRequest } from 'payload'
import { decryptPrivateKey, encryptPrivateKey } from './keyEncryption'
import { IssuerKeyError } from './IssuerKeyError'
import { PREPARE_KEY_LOCK } from './locks'

export interface IssuerKeyRecord {
  id: number | string
  kid: string
  algorithm: 'Ed25519' | 'ES256'
  status: 'active' | 'retired'
  publicJwk: Ed25519Jwk
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

const generateKey = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<IssuerKeyRecord> => {
  const { privateJwk, publicJwk } = await generateIssuerKeyPair()
  const kid = String(publicJwk.kid)
  const doc = await payload.create({
    collection: 'issuer-keys',
    data: { kid, algorithm: 'Ed25519', status: 'active', publicJwk: publicJwk as never, privateKeyEncrypted: encryptPrivateKey(privateJwk, kid), centre } as never,
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
  return asRecord(doc)
}

const creating = new Map<string, Promise<IssuerKeyRecord>>()

/** The centre's active signing key; the first call for a centre generates it. */
export const activeIssuerKey = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<IssuerKeyRecord> => {
  const active = (await findIssuerKeys(payload, centre, req)).find((key) => key.status === 'active')
  if (active) return active
  const key = String(centre)
  let pending = creating.get(key)
  if (!pending) {
    // Outside any request transaction, so a rolled-back issuance does not lose the key.
    pending = (async () => {
      const pool = (payload.db as unknown as { pool?: { connect: () => Promise<{ query: (sql: string, values?: unknown[]) => Promise<unknown>; release: () => void }> } }).pool
      const lock = pool ? await pool.connect() : null
      try {
        await lock?.query('SELECT pg_advisory_lock($1, $2)', [PREPARE_KEY_LOCK, Number(centre) || 0])
        const again = (await findIssuerKeys(payload, centre)).find((record) => record.status === 'active')
        return again ?? (await generateKey(payload, centre))
      } finally {
        await lock?.query('SELECT pg_advisory_unlock($1, $2)', [PREPARE_KEY_LOCK, Number(centre) || 0]).catch(() => undefined)
        lock?.release()
      }
    })().finally(() => creating.delete(key))
    creating.set(key, pending)
  }
  return pending
}

/** The private JWK of a key record, with the DID URL as `kid` so signatures name their key. */
export const signingJwkOf = (record: IssuerKeyRecord, did: string): Ed25519Jwk => {
  if (!record.privateKeyEncrypted) throw new IssuerKeyError('no-issuer-key', 'The issuer key record has no private key.')
  const jwk = decryptPrivateKey<Ed25519Jwk>(record.privateKeyEncrypted, record.kid)
  return { ...jwk, kid: `${did}#${record.kid}` }
}

/** The public JWK as verifiers see it, with the DID URL as `kid`. */
export const publicJwkOf = (record: IssuerKeyRecord, did: string): Ed25519Jwk => {
  const { d: _private, ...publicPart } = record.publicJwk as Ed25519Jwk & { d?: string }
  return { ...publicPart, kid: `${did}#${record.kid}` }
}

/**
 * Rotates a centre's key: a new active key; the old ones are retired (they still verify the
 * credentials they signed, and stay in the DID document).
 */
export const rotateIssuerKey = async (payload: Payload, centre: number | string, req?: PayloadRequest): Promise<IssuerKeyRecord> => {
  const existing = await findIssuerKeys(payload, centre, req)
  const retiredAt = new Date().toISOString()
  for (const record of existing.filter((key) => key.status === 'active')) {
    await payload.update({ collection: 'issuer-keys', id: record.id, data: { status: 'retired', retiredAt } as never, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  }
  return generateKey(payload, centre, req)
}
