import { createHash, randomBytes } from 'node:crypto'

/**
 * The Open Badges identity hash of a recipient identifier: `sha256$` followed by the hex SHA-256
 * of the identifier with the salt appended. With the salt, the recipient can prove the badge is
 * theirs; without it, the identifier cannot be read back from the credential.
 *
 * @example
 * ```ts
 * hashRecipient('zoe@example.org', 'f1c2…') //=> 'sha256$3b1e…'
 * ```
 */
export function hashRecipient(identifier: string, salt: string): string {
  return `sha256$${createHash('sha256').update(identifier + salt, 'utf8').digest('hex')}`
}

/**
 * An e-mail address as it is hashed: trimmed and lower-cased (Unicode NFC), so `Zoe@Example.org `
 * and `zoe@example.org` give the same recipient hash.
 *
 * @example
 * ```ts
 * normaliseEmailAddress(' Zoe@Example.ORG ') //=> 'zoe@example.org'
 * ```
 */
export function normaliseEmailAddress(address: string): string {
  return address.normalize('NFC').trim().toLowerCase()
}

/**
 * A random recipient identifier of 128 bits (32 hex digits) to give a participant who has no
 * e-mail address; keep it with the participant. Unlike a short pseudonymous code, it cannot be
 * found back from the credential's hash and salt.
 *
 * @example
 * ```ts
 * generateRecipientIdentifier() // random, e.g. '9f86d081884c7d659a2feaa0c55ad015'
 * ```
 */
export function generateRecipientIdentifier(): string {
  return randomBytes(16).toString('hex')
}

/**
 * True when `identifier` (after any `urn:…:` prefix) carries at least 128 bits: 32 or more hex
 * digits, or 22 or more base64url characters, not just a few distinct characters repeated.
 */
export function isStrongRecipientIdentifier(identifier: string): boolean {
  const value = identifier.trim().replace(/^urn:([a-z0-9-]+:)+/i, '')
  const hexDigits = value.replace(/-/g, '')
  const bits = /^[0-9a-fA-F]+$/.test(hexDigits) ? hexDigits.length * 4 : /^[A-Za-z0-9_-]+$/.test(value) ? value.length * 6 : 0
  return bits >= 128 && new Set(value).size >= 8
}
