import { randomBytes } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

// Crockford base32 without I, L, O, U: codes are read aloud and typed by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A random pseudonymous code such as `DS-7K3Q9X2M`; it says nothing about the person. */
export const newParticipantCode = (): string =>
  `DS-${Array.from(randomBytes(8), (byte) => ALPHABET[byte % 32]).join('')}`

/** Gives a new participant its code; the code never changes afterwards. */
export const generateCode: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') return { ...data, code: newParticipantCode() }
  return { ...data, code: originalDoc?.code }
}
