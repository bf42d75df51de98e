import { ValidationError, type CollectionAfterReadHook, type CollectionBeforeChangeHook } from 'payload'
import { getCentreSettings } from '../../access/getCentreSettings'
import { idOf } from '../../access/idOf'

/** The Dutch BSN "elfproef": nine digits whose weighted sum (9..2, -1) is divisible by 11. */
export const isValidBsn = (value: string): boolean => {
  if (!/^\d{9}$/.test(value)) return false
  const digits = [...value].map(Number)
  const sum = digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0) - (digits[8] as number)
  return sum % 11 === 0
}

/** No BSN is stored unless the participant's centre has turned it on; a stored one must be valid. */
export const guardBsn: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const bsn = data.bsn
  if (bsn === undefined || bsn === null || bsn === '') return data
  const centre = idOf(data.centre !== undefined ? data.centre : originalDoc?.centre)
  const { bsnEnabled } = centre === null ? { bsnEnabled: false } : await getCentreSettings(req, centre)
  const message = !bsnEnabled
    ? 'This centre does not record BSNs (bsn-not-enabled).'
    : !isValidBsn(String(bsn))
      ? 'Not a valid BSN (bsn-invalid).'
      : null
  if (message) throw new ValidationError({ collection: 'participants', errors: [{ path: 'bsn', message }], req }, req.t)
  return data
}

/** Hides the BSN field (API and admin) for participants of centres that do not record it. */
export const hideBsnUnlessEnabled: CollectionAfterReadHook = async ({ doc, req }) => {
  const centre = idOf(doc.centre)
  const { bsnEnabled } = centre === null ? { bsnEnabled: false } : await getCentreSettings(req, centre)
  if (bsnEnabled) return { ...doc, bsnEnabled: true }
  const { bsn: _hidden, ...rest } = doc
  return { ...rest, bsnEnabled: false }
}
