import type { Payload } from 'payload'
import type { Referral } from '../payload-types'

/**
 * Demo referrals for Rotterdam-Zuid over 2026, so the policy dashboard shows real-looking figures
 * on first start: 36 referrals from the municipality, partners and people themselves, admitted,
 * refused with coded reasons (some cells small enough to be hidden), or still open.
 */
export const seedDemoReferrals = async (payload: Payload): Promise<void> => {
  const centre = (await payload.find({ collection: 'centres', where: { slug: { equals: 'lpc-rotterdam-zuid' } }, depth: 0 })).docs[0]
  if (!centre) return
  const participants = (await payload.find({ collection: 'participants', where: { centre: { equals: centre.id } }, depth: 0, limit: 0, pagination: false })).docs
  const reasons = new Map((await payload.find({ collection: 'refusal-reasons', where: { centre: { exists: false } }, depth: 0, limit: 0, pagination: false })).docs.map((doc) => [doc.code, doc.id]))
  const sources: Referral['source'][] = ['municipality', 'municipality', 'partner', 'municipality', 'self', 'partner']
  const refusals = ['no-place', 'no-place', 'not-able-yet', 'no-place', 'language', 'not-able-yet', 'no-place', 'language', 'not-able-yet', 'no-place', 'language', 'not-able-yet']
  for (let i = 0; i < 36; i += 1) {
    const receivedOn = `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(3 + ((i * 7) % 24)).padStart(2, '0')}`
    const status: Referral['status'] = i < 16 ? 'admitted' : i < 28 ? 'refused' : i < 33 ? 'intake' : 'received'
    const participant = status === 'admitted' && participants.length ? participants[i % participants.length]!.id : undefined
    await payload.create({
      collection: 'referrals',
      depth: 0,
      data: {
        centre: centre.id,
        source: sources[i % sources.length],
        receivedOn,
        status,
        ...(status !== 'received' ? { intakeOn: receivedOn } : {}),
        ...(participant ? { participant } : {}),
        ...(status === 'refused' ? { refusalReason: reasons.get(refusals[i - 16]!), refusalNote: 'Besproken met de verwijzer.' } : {}),
      },
    })
  }
}
