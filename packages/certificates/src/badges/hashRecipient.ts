import { createHash } from 'node:crypto'

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
