// Issuer private keys are stored encrypted at rest: AES-256-GCM with a key-encryption key that
// never enters the database. It comes from DOORSTART_KEY_ENCRYPTION_KEY (32 bytes, base64 or hex);
// outside production a local key file in the data folder is created on first use instead.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { IssuerKeyError } from './IssuerKeyError'

const FORMAT = 'v1'

const parseKey = (text: string): Buffer | null => {
  const value = text.trim()
  const candidates = [/^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : null, Buffer.from(value, 'base64')]
  return candidates.find((buffer) => buffer !== null && buffer.length === 32) ?? null
}

/** The data folder of a local install (`DOORSTART_DATA_DIR`, default `cms/.data`). */
const dataDir = (): string => path.resolve(process.env.DOORSTART_DATA_DIR || path.join(process.cwd(), '.data'))

let cached: { source: string; key: Buffer } | null = null

/**
 * The key-encryption key. In production it must come from DOORSTART_KEY_ENCRYPTION_KEY; elsewhere
 * an absent variable falls back to `<data folder>/issuer-key-encryption-key` (mode 0600), created
 * on first use so that a local `npm start` needs no set-up.
 *
 * @throws {@link IssuerKeyError} `no-key-encryption-key` or `invalid-key-encryption-key`.
 */
export const keyEncryptionKey = (env: NodeJS.ProcessEnv = process.env): Buffer => {
  const fromEnv = env.DOORSTART_KEY_ENCRYPTION_KEY
  if (fromEnv) {
    if (cached?.source === `env:${fromEnv}`) return cached.key
    const key = parseKey(fromEnv)
    if (!key) throw new IssuerKeyError('invalid-key-encryption-key', 'DOORSTART_KEY_ENCRYPTION_KEY must be 32 bytes as 64 hex digits or base64.')
    cached = { source: `env:${fromEnv}`, key }
    return key
  }
  if (env.NODE_ENV === 'production') {
    throw new IssuerKeyError('no-key-encryption-key', 'Set DOORSTART_KEY_ENCRYPTION_KEY (32 random bytes, base64) to issue credentials in production.')
  }
  const file = path.join(dataDir(), 'issuer-key-encryption-key')
  if (cached?.source === `file:${file}`) return cached.key
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' })
  }
  const key = parseKey(readFileSync(file, 'utf8'))
  if (!key) throw new IssuerKeyError('invalid-key-encryption-key', `${file} does not hold a 32-byte key.`)
  cached = { source: `file:${file}`, key }
  return key
}

/** Encrypts a private JWK: `v1.<iv>.<tag>.<ciphertext>`, base64url; `context` (e.g. the kid) is bound as AAD. */
export const encryptPrivateKey = (jwk: object, context: string, key: Buffer = keyEncryptionKey()): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(jwk), 'utf8'), cipher.final()])
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** Decrypts what {@link encryptPrivateKey} wrote; a wrong key, context or changed byte throws. */
export const decryptPrivateKey = <T extends object = Record<string, unknown>>(blob: string, context: string, key: Buffer = keyEncryptionKey()): T => {
  const [format, iv, tag, ciphertext] = blob.split('.')
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined) throw new IssuerKeyError('undecryptable-key', 'The stored issuer key is not in a known format.')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()])
    return JSON.parse(plain.toString('utf8')) as T
  } catch {
    throw new IssuerKeyError('undecryptable-key', 'The stored issuer key cannot be decrypted with this key-encryption key (DOORSTART_KEY_ENCRYPTION_KEY changed?).')
  }
}
