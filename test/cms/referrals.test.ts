// Referrals: received → intake → admitted or refused, a refusal with a coded reason (built in or
// the centre's own) and a note, refusals in the audit trail (source 002: barriers became
// unrecorded reasons to refuse), and admission criteria on the centre.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let noPlace: Id

const as = (user: Record<string, unknown>) => ({ user: user as never, overrideAccess: false })
const newReferral = (data: Record<string, unknown> = {}) =>
  payload.create({ collection: 'referrals', data: { source: 'municipality', receivedOn: '2026-03-02', ...data } as never, depth: 0, ...as(fixture.users.coach) })

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  noPlace = (await payload.find({ collection: 'refusal-reasons', where: { code: { equals: 'no-place' } }, depth: 0 })).docs[0]!.id
})

afterAll(async () => {
  await cms?.stop()
})

describe('refusal reasons', () => {
  it('come built in with the six codes', async () => {
    const { docs } = await payload.find({ collection: 'refusal-reasons', where: { centre: { exists: false } }, depth: 0, limit: 0, pagination: false })
    expect(docs.map((doc) => doc.code).sort()).toEqual(['does-not-want', 'health', 'language', 'no-place', 'not-able-yet', 'other-programme-better'])
  })

  it('can be extended by a centre admin for the own centre', async () => {
    const own = await payload.create({ collection: 'refusal-reasons', data: { code: 'no-transport', label: { nl: 'Geen vervoer', en: 'No transport' } } as never, depth: 0, ...as(fixture.users.centreAdmin) })
    expect(own.centre).toBe(fixture.centre.own)
    const { docs } = await payload.find({ collection: 'refusal-reasons', depth: 0, ...as(fixture.users.policyViewer) })
    expect(docs.map((doc) => doc.code)).toContain('no-transport')
  })
})

describe('a referral', () => {
  it('starts as received in the own centre', async () => {
    const referral = await newReferral()
    expect([referral.status, referral.centre]).toEqual(['received', fixture.centre.own])
  })

  it('goes through intake to admission with a participant', async () => {
    const referral = await newReferral()
    await payload.update({ collection: 'referrals', id: referral.id, data: { status: 'intake', intakeOn: '2026-03-09' } as never, ...as(fixture.users.coach) })
    const participant = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, depth: 0, limit: 1 })).docs[0]!
    const admitted = await payload.update({ collection: 'referrals', id: referral.id, data: { status: 'admitted', participant: participant.id } as never, ...as(fixture.users.coach) })
    expect(admitted.status).toBe('admitted')
    expect(typeof admitted.decidedOn).toBe('string')
  })

  it('cannot be admitted without intake, or without a participant', async () => {
    const referral = await newReferral()
    await expect(payload.update({ collection: 'referrals', id: referral.id, data: { status: 'admitted' } as never, ...as(fixture.users.coach) })).rejects.toMatchObject({ status: 400 })
    await payload.update({ collection: 'referrals', id: referral.id, data: { status: 'intake' } as never, ...as(fixture.users.coach) })
    await expect(payload.update({ collection: 'referrals', id: referral.id, data: { status: 'admitted' } as never, ...as(fixture.users.coach) })).rejects.toMatchObject({ status: 400 })
  })

  it('needs a coded reason and a note to be refused', async () => {
    const referral = await newReferral()
    const refuse = (data: Record<string, unknown>) => payload.update({ collection: 'referrals', id: referral.id, data: { status: 'refused', ...data } as never, ...as(fixture.users.coach) })
    await expect(refuse({})).rejects.toMatchObject({ status: 400 })
    await expect(refuse({ refusalReason: noPlace })).rejects.toMatchObject({ status: 400 })
    const refused = await refuse({ refusalReason: noPlace, refusalNote: 'Groep is vol tot de zomer.' })
    expect(refused.status).toBe('refused')
    await expect(payload.update({ collection: 'referrals', id: referral.id, data: { status: 'intake' } as never, ...as(fixture.users.coach) })).rejects.toMatchObject({ status: 400 })
  })

  it('writes a refusal into the audit trail with the reason, never the note', async () => {
    const referral = await newReferral({ status: 'refused', refusalReason: noPlace, refusalNote: 'Vertrouwelijke toelichting' })
    const { docs } = await payload.find({ collection: 'audit-events', where: { and: [{ type: { equals: 'referral.refused' } }, { recordId: { equals: String(referral.id) } }] }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: fixture.users.coach.id, centre: fixture.centre.own, detail: { reason: noPlace } })
    expect(JSON.stringify(docs[0])).not.toContain('Vertrouwelijke')
  })

  it('refuses a reason of another centre', async () => {
    const other = await payload.create({ collection: 'refusal-reasons', data: { code: 'elders', label: { nl: 'Elders' }, centre: fixture.centre.other } as never })
    await expect(newReferral({ status: 'refused', refusalReason: other.id, refusalNote: 'x' })).rejects.toMatchObject({ status: 400 })
  })

  it('is not shown to policy viewers or work supervisors', async () => {
    await expect(payload.find({ collection: 'referrals', ...as(fixture.users.policyViewer) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'referrals', ...as(fixture.users.supervisor) })).rejects.toMatchObject({ status: 403 })
  })
})

describe('admission criteria', () => {
  it('are kept per centre, with a retention period defaulting to 24 months', async () => {
    const centre = await payload.update({ collection: 'centres', id: fixture.centre.own, data: { admissionCriteria: 'Bijstand, 18+, wil 32 uur per week.' } as never, ...as(fixture.users.centreAdmin) })
    expect([centre.admissionCriteria, centre.retentionMonths]).toEqual(['Bijstand, 18+, wil 32 uur per week.', 24])
  })
})
