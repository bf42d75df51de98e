import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../access/idOf'

export const REFERRAL_STATUSES = ['received', 'intake', 'admitted', 'refused'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** received → intake → admitted or refused; a refusal can also come straight after receipt. */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  received: ['received', 'intake', 'refused'],
  intake: ['intake', 'admitted', 'refused'],
  admitted: ['admitted'],
  refused: ['refused'],
}

const MESSAGES = {
  transition: { nl: 'Deze statuswijziging kan niet', en: 'This status change is not possible' },
  reason: { nl: 'Kies een reden van afwijzing', en: 'Choose a refusal reason' },
  note: { nl: 'Licht de afwijzing toe', en: 'Explain the refusal' },
  participant: { nl: 'Koppel de deelnemer bij toelating', en: 'Link the participant on admission' },
}

const today = (): string => new Date().toISOString().slice(0, 10)

/**
 * Keeps a referral's status on its path and a refusal explained: a coded reason and a note
 * (DOMAIN.md §2: the OBI evaluation found barriers turned into unrecorded reasons to refuse).
 */
export const guardReferralStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const before = (originalDoc?.status ?? 'received') as ReferralStatus
  const after = (data.status ?? before) as ReferralStatus
  const lang = req.i18n?.language === 'en' ? 'en' : 'nl'
  const errors: { path: string; message: string }[] = []
  if (operation === 'update' && !NEXT[before]?.includes(after)) errors.push({ path: 'status', message: `${MESSAGES.transition[lang]} (${before} → ${after}).` })
  const merged = { ...originalDoc, ...data }
  if (after === 'refused') {
    if (idOf(merged.refusalReason) === null) errors.push({ path: 'refusalReason', message: MESSAGES.reason[lang] })
    if (!String(merged.refusalNote ?? '').trim()) errors.push({ path: 'refusalNote', message: MESSAGES.note[lang] })
  }
  if (after === 'admitted' && idOf(merged.participant) === null) errors.push({ path: 'participant', message: MESSAGES.participant[lang] })
  if (errors.length) throw new ValidationError({ collection: 'referrals', errors, req }, req.t)
  const decided = (after === 'admitted' || after === 'refused') && before !== after
  return decided && !merged.decidedOn ? { ...data, decidedOn: today() } : data
}
