// Certificates in the CMS on a real PostgreSQL, through the REST API as each role: four eyes,
// issuance by the job, the downloads, the DID document and status list, revocation, the public
// verification view, share links, bulk uploads, key rotation, and that no private key ever
// appears in a response, a PDF or the log.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { readEmbeddedCredential, trustedIssuerFromDidDocument, verifyCredential } from '@doorstart/certificates'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_ACCOUNTS } from '../../cms/src/seed/seedDemoData'
import { apiClient, getuigschriftProposal, waitForStatus, type ApiClient } from '../support/cms/awardsApi'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

process.env.DOORSTART_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64')

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let server: { url: string; close: () => Promise<void> }
let api: ApiClient
let kitchenParticipant: Id
let gardenParticipant: Id
let issued: Record<string, unknown>
const logged: string[] = []
const restore: (() => void)[] = []

const COACH = DEMO_ACCOUNTS.coachRotterdam
const SUPERVISOR = DEMO_ACCOUNTS.supervisorRotterdam
const CENTRE_ADMIN = DEMO_ACCOUNTS.centreAdminRotterdam
const OTHER_COACH = DEMO_ACCOUNTS.coachApeldoorn
const COLLEAGUE = 'collega.rotterdam@demo.doorstart.nl'

const pdftotext = (pdf: Uint8Array): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'doorstart-award-'))
  try {
    writeFileSync(path.join(folder, 'a.pdf'), pdf)
    return execFileSync('pdftotext', ['-layout', path.join(folder, 'a.pdf'), '-'], { encoding: 'utf8' })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const propose = async (email: string, participant: Id, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
  const response = await api.request(email, 'POST', '/api/awards?depth=0', { ...getuigschriftProposal(participant), ...extra })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: Record<string, unknown> }).doc
}

const issue = async (participant: Id, name?: string): Promise<Record<string, unknown>> => {
  const doc = await propose(COACH, participant, name ? { recipient: { name } } : {})
  expect((await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${doc.id}/approve`)).status).toBe(202)
  return waitForStatus(payload, doc.id as Id, 'issued')
}

const privateKeys = async (): Promise<string[]> => {
  const { decryptPrivateKey } = await import('../../cms/src/issuer/keyEncryption')
  const { docs } = await payload.find({ collection: 'issuer-keys', showHiddenFields: true, overrideAccess: true, pagination: false })
  return docs.map((doc) => decryptPrivateKey<{ d: string }>(String((doc as unknown as { privateKeyEncrypted: string }).privateKeyEncrypted), String(doc.kid)).d)
}

beforeAll(async () => {
  // Everything the server logs, to check no private key is ever written there.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream)
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      logged.push(String(chunk))
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof stream.write
    restore.push(() => (stream.write = write))
  }
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  server = await serveRestApi(payload.config, cms.databaseUrl)
  api = apiClient(server.url)
  const first = async (workplace: Id): Promise<Id> =>
    (await payload.find({ collection: 'participants', where: { workplace: { equals: workplace } }, depth: 0, limit: 1 })).docs[0]!.id
  kitchenParticipant = await first(fixture.workplace.own)
  gardenParticipant = await first(fixture.workplace.ownOther)
})

afterAll(async () => {
  for (const undo of restore) undo()
  await server?.close()
  await cms?.stop()
})

describe('proposing a certificate', () => {
  it('takes renderCertificate\'s fields and makes a proposal of the coach, whatever status is sent', async () => {
    const doc = await propose(COACH, kitchenParticipant, { status: 'issued', credentialId: 'forged' })
    expect(doc.status).toBe('proposed')
    expect(doc.proposedBy).toBe(fixture.users.coach.id)
    expect(doc.credentialId ?? null).toBeNull()
    expect(doc.centre).toBe(fixture.centre.own)
    expect(doc.atWorkplace).toBe(fixture.workplace.own)
    expect(doc.achievement).toMatchObject({ title: 'Keukenhulp in de wijkkeuken', competences: ['Werkt hygiënisch volgens HACCP', 'Komt op tijd en meldt zich af'] })
  })

  it('refuses what the certificate could not print, on the field, in Dutch and English', async () => {
    const response = await api.request(COACH, 'POST', '/api/awards', { ...getuigschriftProposal(kitchenParticipant), period: { from: '2026-06-01', to: '2026-01-01' } })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('period-ends-before-start')
    expect(text).toContain('De periode eindigt vóór het begin.')
  })

  it('refuses a participant of another centre as unknown', async () => {
    const other = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })).docs[0]!.id
    const response = await api.request(COACH, 'POST', '/api/awards', getuigschriftProposal(other))
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('participant-not-found')
  })

  it('is not for supervisors or policy viewers', async () => {
    expect((await api.request(SUPERVISOR, 'POST', '/api/awards', getuigschriftProposal(kitchenParticipant))).status).toBe(403)
    expect((await api.request(DEMO_ACCOUNTS.policyViewer, 'POST', '/api/awards', getuigschriftProposal(kitchenParticipant))).status).toBe(403)
  })
})

describe('prefilling a proposal', () => {
  it('suggests the learning goals achieved and the rungs reached, with the coach\'s own access', async () => {
    const { docs } = await payload.find({ collection: 'participants', where: { and: [{ centre: { equals: fixture.centre.own } }, { 'learningGoals.status': { equals: 'achieved' } }] }, depth: 0, limit: 1, overrideAccess: true })
    const participant = docs[0]! as unknown as { id: Id; learningGoals: { goal: Id; status: string }[] }
    const goal = await payload.findByID({ collection: 'learning-goals', id: participant.learningGoals.find((row) => row.status === 'achieved')!.goal, depth: 0, overrideAccess: true })
    const response = await api.request(COACH, 'GET', `/api/awards/suggestions?participant=${participant.id}`)
    expect(response.status).toBe(200)
    const { suggestions } = (await response.json()) as { suggestions: { source: string; title: string; learningGoal?: Id; competences: string[] }[] }
    const fromGoal = suggestions.find((suggestion) => suggestion.source === 'learning-goal')!
    expect(fromGoal).toMatchObject({ learningGoal: goal.id, title: (goal.title as { nl: string }).nl })
    expect(fromGoal.competences.length).toBe(1)
    for (const suggestion of suggestions.filter((candidate) => candidate.source === 'rung')) expect(suggestion.competences[0]).toMatch(/^Heeft de trede/)
    // Another centre's coach learns nothing about this participant.
    expect((await api.request(OTHER_COACH, 'GET', `/api/awards/suggestions?participant=${participant.id}`)).status).toBe(404)
    expect((await api.request(null, 'GET', `/api/awards/suggestions?participant=${participant.id}`)).status).toBe(401)
  })
})

describe('four eyes', () => {
  it('never lets the proposer approve, not even a centre admin', async () => {
    const byCoach = await propose(COACH, kitchenParticipant)
    const own = await api.request(COACH, 'POST', `/api/awards/${byCoach.id}/approve`)
    expect(own.status).toBe(403)
    expect(await own.text()).toContain('four-eyes')
    const byAdmin = await propose(CENTRE_ADMIN, kitchenParticipant)
    const adminOwn = await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${byAdmin.id}/approve`)
    expect(adminOwn.status).toBe(403)
    expect(await adminOwn.text()).toContain('four-eyes')
  })

  it('refuses another coach and the supervisor of another workplace', async () => {
    const garden = await propose(COACH, gardenParticipant)
    expect((await api.request(COLLEAGUE, 'POST', `/api/awards/${garden.id}/approve`)).status).toBe(403)
    // The kitchen supervisor does not even see the garden's certificates.
    expect((await api.request(SUPERVISOR, 'POST', `/api/awards/${garden.id}/approve`)).status).toBe(404)
    expect((await api.request(OTHER_COACH, 'POST', `/api/awards/${garden.id}/approve`)).status).toBe(404)
    const doc = await payload.findByID({ collection: 'awards', id: garden.id as Id })
    expect(doc.status).toBe('proposed')
  })

  it('lets the supervisor of the workplace approve, and the job issues it', async () => {
    const doc = await propose(COACH, kitchenParticipant)
    const started = Date.now()
    const response = await api.request(SUPERVISOR, 'POST', `/api/awards/${doc.id}/approve`)
    expect(response.status).toBe(202)
    expect(((await response.json()) as { doc: { status: string } }).doc.status).toBe('approved')
    issued = await waitForStatus(payload, doc.id as Id, 'issued')
    console.info(`approval to stored PDF and credential: ${Date.now() - started} ms`)
    expect(issued.approvedBy).toBe(fixture.users.supervisor.id)
    expect(issued.credentialId).toMatch(/^[0-9a-f-]{36}$/)
    expect(issued.verifyUrl).toBe(`${server.url}/verify/${String(issued.credentialId)}`)
    expect((await api.request(SUPERVISOR, 'POST', `/api/awards/${doc.id}/approve`)).status).toBe(409)
    // Valid from the moment it was issued, at any hour: the printed day is Amsterdam's, and as a
    // UTC date it is tomorrow late in the evening, so it cannot be the credential's validFrom.
    const credential = (await (await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/credential`)).json()) as { validFrom: string }
    expect(Date.parse(credential.validFrom)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000)
    expect(Date.parse(credential.validFrom)).toBeLessThanOrEqual(Date.now())
  })

  it('makes an approved award unchangeable through the API', async () => {
    const response = await api.request(COACH, 'PATCH', `/api/awards/${String(issued.id)}`, { recipient: { name: 'Iemand anders' } })
    expect([403, 404]).toContain(response.status)
    expect([403, 404]).toContain((await api.request(CENTRE_ADMIN, 'DELETE', `/api/awards/${String(issued.id)}`)).status)
    expect((await payload.findByID({ collection: 'awards', id: issued.id as Id })).recipient?.name).toBe('Zoë Çelik')
  })
})

describe('the issued certificate', () => {
  it('downloads as a PDF with the fields, the QR address and the credential inside', async () => {
    const response = await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = pdftotext(pdf)
    for (const expected of ['Zoë Çelik', 'Keukenhulp in de wijkkeuken', 'Werkt hygiënisch volgens HACCP', 'Leer Praktijk Centrum Rotterdam-Zuid']) expect(text).toContain(expected)
    expect(text.replace(/\s+/g, '')).toContain(String(issued.verifyUrl).replace(/\s+/g, ''))
    const embedded = JSON.parse(readEmbeddedCredential(pdf)!) as Record<string, unknown>
    const credential = (await (await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/credential`)).json()) as Record<string, unknown>
    expect(embedded).toEqual(credential)
  })

  it('serves the credential as JSON and as JWT, naming the centre\'s did:web and status list', async () => {
    const response = await api.request(SUPERVISOR, 'GET', `/api/awards/${String(issued.id)}/credential`)
    expect(response.headers.get('content-type')).toBe('application/vc')
    const credential = (await response.json()) as Record<string, any>
    const did = `did:web:${encodeURIComponent(new URL(server.url).host)}:centres:lpc-rotterdam-zuid`
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(credential.id).toBe(`urn:uuid:${String(issued.credentialId)}`)
    expect(credential.issuer.id).toBe(did)
    const proof = [credential.proof].flat()[0] as Record<string, string>
    expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' })
    expect(proof.verificationMethod).toMatch(new RegExp(`^${did.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#`))
    expect(credential.credentialSubject.achievement.achievementType).toBe('ext:Getuigschrift')
    expect(credential.credentialStatus.statusListCredential).toBe(`${server.url}/centres/lpc-rotterdam-zuid/status/1`)
    // The OB 3.0 JWT form: ES256, kid the DID URL, the registered claims.
    const jwt = await (await api.request(SUPERVISOR, 'GET', `/api/awards/${String(issued.id)}/credential?format=jwt`)).text()
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, string>
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
    expect(header).toMatchObject({ alg: 'ES256', typ: 'JWT' })
    expect(header.kid!.startsWith(`${did}#`)).toBe(true)
    expect(claims).toMatchObject({ iss: did, jti: credential.id })
    expect(typeof claims.nbf).toBe('number')
    // The recipient is a salted hash of a random 128-bit identifier, never the participant code.
    const participant = await payload.findByID({ collection: 'participants', id: kitchenParticipant })
    expect(JSON.stringify(credential)).not.toContain(String(participant.code))
    expect(String(issued.recipientIdentifier)).toMatch(/^[0-9a-f]{32}$/)
  })

  it('is served to nobody outside the centre, and not to policy viewers', async () => {
    for (const what of ['', '/pdf', '/credential']) {
      expect((await api.request(OTHER_COACH, 'GET', `/api/awards/${String(issued.id)}${what}`)).status).toBe(404)
      expect([403, 404]).toContain((await api.request(DEMO_ACCOUNTS.policyViewer, 'GET', `/api/awards/${String(issued.id)}${what}`)).status)
      expect((await api.request(null, 'GET', `/api/awards/${String(issued.id)}${what}`)).status).not.toBe(200)
    }
  })

  it('opens for the participant with the share link alone', async () => {
    const token = String(issued.shareToken)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const response = await api.request(null, 'GET', `/api/awards/shared/${token}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect((await api.request(null, 'GET', `/api/awards/shared/${token}?format=jwt`)).status).toBe(200)
    expect((await api.request(null, 'GET', `/api/awards/shared/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).status).toBe(404)
    // The token is for the staff who hand it over, not for supervisors.
    const asSupervisor = (await (await api.request(SUPERVISOR, 'GET', `/api/awards/${String(issued.id)}`)).json()) as Record<string, unknown>
    expect(asSupervisor.shareToken).toBeUndefined()
    expect(asSupervisor.recipientIdentifier).toBeUndefined()
  })
})

describe('the issuer identity', () => {
  it('publishes the centre\'s keys in its DID document, which verifies the credential', async () => {
    const { serveDidDocument } = await import('../../cms/src/issuer/publicRoutes')
    const response = await serveDidDocument(payload, new Request(`${server.url}/centres/lpc-rotterdam-zuid/did.json`, { headers: { host: new URL(server.url).host } }), 'lpc-rotterdam-zuid')
    expect(response.headers.get('content-type')).toBe('application/did+json')
    const document = (await response.json()) as { id: string; verificationMethod: { id: string; type: string }[]; assertionMethod: string[] }
    expect(document.id).toBe(`did:web:${encodeURIComponent(new URL(server.url).host)}:centres:lpc-rotterdam-zuid`)
    expect(document.verificationMethod.map((method) => method.type).sort()).toEqual(['JsonWebKey', 'Multikey'])
    expect(JSON.stringify(document)).not.toMatch(/"d"\s*:/)
    expect(document.assertionMethod).toEqual(document.verificationMethod.map((method) => method.id))
    // A verifier that knows only the DID document verifies both forms, status list included.
    const trusted = trustedIssuerFromDidDocument(document)
    const { serveStatusList } = await import('../../cms/src/issuer/publicRoutes')
    const list = await (await serveStatusList(payload, new Request(`${server.url}/x`, { headers: { host: new URL(server.url).host } }), 'lpc-rotterdam-zuid', '1')).json()
    const jwt = await (await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/credential?format=jwt`)).text()
    const json = await (await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/credential`)).json()
    const viaJwt = await verifyCredential(jwt, { trustedIssuers: [trusted], statusList: () => list })
    const viaDataIntegrity = await verifyCredential(json as never, { trustedIssuers: [trusted], statusList: () => list })
    expect([viaJwt.verified, viaJwt.verified && viaJwt.format]).toEqual([true, 'jwt'])
    expect([viaDataIntegrity.verified, viaDataIntegrity.verified && viaDataIntegrity.format]).toEqual([true, 'data-integrity'])
  })

  it('keeps private keys encrypted at rest with AES-GCM', async () => {
    const client = new pg.Client({ connectionString: cms.databaseUrl })
    await client.connect()
    const { rows } = await client.query('SELECT kid, private_key_encrypted FROM issuer_keys')
    await client.end()
    expect(rows.length).toBeGreaterThan(0)
    const secrets = await privateKeys()
    for (const row of rows as { kid: string; private_key_encrypted: string }[]) {
      expect(row.private_key_encrypted).toMatch(/^v1\./)
      for (const secret of secrets) expect(row.private_key_encrypted).not.toContain(secret)
    }
    const { decryptPrivateKey } = await import('../../cms/src/issuer/keyEncryption')
    const first = rows[0] as { kid: string; private_key_encrypted: string }
    expect(() => decryptPrivateKey(first.private_key_encrypted, first.kid, Buffer.alloc(32, 8))).toThrow(/cannot be decrypted/)
  })

  it('shows a centre admin their own centre\'s public keys only, never the private half', async () => {
    const own = (await (await api.request(CENTRE_ADMIN, 'GET', '/api/issuer-keys?depth=0')).json()) as { docs: Record<string, unknown>[] }
    expect(own.docs.length).toBeGreaterThan(0)
    for (const doc of own.docs) {
      expect(doc.centre).toBe(fixture.centre.own)
      expect(doc.privateKeyEncrypted).toBeUndefined()
      expect((doc.publicJwk as Record<string, unknown>).d).toBeUndefined()
    }
    for (const email of [COACH, SUPERVISOR, OTHER_COACH, DEMO_ACCOUNTS.policyViewer]) {
      expect(((await (await api.request(email, 'GET', '/api/issuer-keys')).json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
    }
    const asAdmin = (await (await api.request(DEMO_ACCOUNTS.admin, 'GET', '/api/issuer-keys')).json()) as { docs: Record<string, unknown>[] }
    for (const doc of asAdmin.docs) expect(doc.privateKeyEncrypted).toBeUndefined()
  })

  it('rotates: new certificates get the new key, earlier ones still verify', async () => {
    expect((await api.request(COACH, 'POST', '/api/issuer-keys/rotate', {})).status).toBe(403)
    const rotated = await api.request(CENTRE_ADMIN, 'POST', '/api/issuer-keys/rotate', {})
    expect(rotated.status).toBe(201)
    const keys = ((await rotated.json()) as { docs: Record<string, unknown>[] }).docs
    expect(keys.map((key) => key.algorithm).sort()).toEqual(['ES256', 'Ed25519'])
    for (const key of keys) expect(key.privateKeyEncrypted).toBeUndefined()
    const key = keys.find((record) => record.algorithm === 'ES256')!
    const later = await issue(kitchenParticipant, 'Nieuwe Sleutel')
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    expect((await checkCredentialId(payload, String(issued.credentialId))).state).toBe('valid')
    expect((await checkCredentialId(payload, String(later.credentialId))).state).toBe('valid')
    const jwt = await (await api.request(COACH, 'GET', `/api/awards/${String(later.id)}/credential?format=jwt`)).text()
    const header = JSON.parse(Buffer.from(jwt.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string }
    expect(header.kid.endsWith(`#${String(key.kid)}`)).toBe(true)
  })
})

describe('revocation', () => {
  const bitOf = async (index: number): Promise<boolean> => {
    const { serveStatusList } = await import('../../cms/src/issuer/publicRoutes')
    const response = await serveStatusList(payload, new Request(`${server.url}/x`, { headers: { host: new URL(server.url).host } }), 'lpc-rotterdam-zuid', '1')
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    const list = (await response.json()) as { type: string[]; proof: unknown; credentialSubject: { encodedList: string } }
    expect(list.type).toContain('BitstringStatusListCredential')
    expect(([list.proof].flat()[0] as { cryptosuite: string }).cryptosuite).toBe('eddsa-rdfc-2022')
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'))
    expect(bits.length * 8).toBe(131_072)
    return ((bits[index >> 3]! >> (7 - (index & 7))) & 1) === 1
  }

  it('is for a centre admin, with a reason', async () => {
    const id = String(issued.id)
    expect((await api.request(COACH, 'POST', `/api/awards/${id}/revoke`, { reason: 'Fout' })).status).toBe(403)
    expect((await api.request(SUPERVISOR, 'POST', `/api/awards/${id}/revoke`, { reason: 'Fout' })).status).toBe(403)
    expect((await api.request(OTHER_COACH, 'POST', `/api/awards/${id}/revoke`, { reason: 'Fout' })).status).toBe(404)
    const noReason = await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${id}/revoke`, { reason: '  ' })
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('missing-reason')
  })

  it('sets the credential\'s bit in the signed status list, and only that one', async () => {
    const index = Number(issued.statusListIndex)
    expect(await bitOf(index)).toBe(false)
    const response = await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${String(issued.id)}/revoke`, { reason: 'Uitgereikt aan de verkeerde deelnemer' })
    expect(response.status).toBe(200)
    const doc = ((await response.json()) as { doc: Record<string, unknown> }).doc
    expect(doc.status).toBe('revoked')
    expect(doc.revocationReason).toBe('Uitgereikt aan de verkeerde deelnemer')
    expect(await bitOf(index)).toBe(true)
    expect(await bitOf(index === 0 ? 1 : index - 1)).toBe(false)
    expect((await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${String(issued.id)}/revoke`, { reason: 'Nogmaals' })).status).toBe(409)
  })

  it('leaves the award\'s history in the audit trail, without the reason or any name', async () => {
    const { docs } = await payload.find({ collection: 'audit-events' as never, where: { and: [{ recordCollection: { equals: 'awards' } }, { recordId: { equals: String(issued.id) } }] }, sort: 'createdAt', pagination: false, overrideAccess: true })
    expect(docs.map((doc) => (doc as unknown as { type: string }).type)).toEqual(['award.proposed', 'award.approved', 'award.issued', 'award.revoked'])
    expect(JSON.stringify(docs)).not.toMatch(/verkeerde deelnemer|Zoë/)
  })
})

describe('the public verification view', () => {
  it('shows a valid certificate with only what is printed on it', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const valid = await issue(kitchenParticipant, 'Łukasz Nowak')
    const view = await checkCredentialId(payload, String(valid.credentialId))
    expect(view).toEqual({
      state: 'valid',
      credentialId: valid.credentialId,
      kind: 'getuigschrift',
      achievement: 'Keukenhulp in de wijkkeuken',
      centre: 'Leer Praktijk Centrum Rotterdam-Zuid',
      issuedOn: valid.issuedOn,
      name: 'Łukasz Nowak',
    })
    expect((await checkCredentialId(payload, `urn:uuid:${String(valid.credentialId)}`)).state).toBe('valid')
  })

  it('shows a revoked certificate with the date, without the reason', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const view = await checkCredentialId(payload, String(issued.credentialId))
    expect(view.state).toBe('revoked')
    expect(view.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(JSON.stringify(view)).not.toContain('verkeerde deelnemer')
  })

  it('says revoked with the date right after a revocation on this server, though just checked as valid', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const award = await issue(kitchenParticipant, 'Noor Bakker')
    const id = String(award.credentialId)
    expect((await checkCredentialId(payload, id)).state).toBe('valid')
    expect((await checkCredentialId(payload, id)).state).toBe('valid')
    const response = await api.request(CENTRE_ADMIN, 'POST', `/api/awards/${String(award.id)}/revoke`, { reason: 'Dubbel uitgegeven' })
    expect(response.status).toBe(200)
    const revokedAt = String(((await response.json()) as { doc: { revokedAt: string } }).doc.revokedAt)
    expect(await checkCredentialId(payload, id)).toMatchObject({ state: 'revoked', revokedOn: revokedAt.slice(0, 10), name: 'Noor Bakker' })
  })

  it('shows a revocation made on another server within the status list\'s cache lifetime', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    const { STATUS_LIST_MAX_AGE_SECONDS } = await import('../../cms/src/issuer/statusListMaxAge')
    const award = await issue(kitchenParticipant, 'Daan Visser')
    const id = String(award.credentialId)
    expect((await checkCredentialId(payload, id)).state).toBe('valid')
    // Another server of the CMS revokes: this server's hooks and endpoints do not see it happen.
    const client = new pg.Client({ connectionString: cms.databaseUrl })
    await client.connect()
    await client.query(`UPDATE awards SET status = 'revoked', revoked_at = now(), revocation_reason = 'Elders' WHERE id = $1`, [award.id])
    await client.end()
    expect((await checkCredentialId(payload, id)).state).toBe('valid')
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + STATUS_LIST_MAX_AGE_SECONDS * 1000 + 1000 })
    try {
      expect((await checkCredentialId(payload, id)).state).toBe('revoked')
    } finally {
      vi.useRealTimers()
    }
  })

  it('knows nothing of unknown or proposed ids', async () => {
    const { checkCredentialId } = await import('../../cms/src/verify/checkCredential')
    expect((await checkCredentialId(payload, '00000000-0000-4000-8000-000000000000')).state).toBe('unknown')
    expect(await checkCredentialId(payload, "x' OR 1=1")).toEqual({ state: 'unknown', credentialId: "x' OR 1=1" })
  })

  it('checks an uploaded PDF, JWT or JSON file, and refuses a changed one', async () => {
    const { checkUploadedFile } = await import('../../cms/src/verify/checkCredential')
    const valid = await issue(gardenParticipant, 'Amal Haddad')
    const pdf = new Uint8Array(await (await api.request(COACH, 'GET', `/api/awards/${String(valid.id)}/pdf`)).arrayBuffer())
    expect(await checkUploadedFile(payload, pdf)).toEqual({ credentialId: valid.credentialId, outcome: 'valid' })
    const revokedPdf = new Uint8Array(await (await api.request(COACH, 'GET', `/api/awards/${String(issued.id)}/pdf`)).arrayBuffer())
    expect((await checkUploadedFile(payload, revokedPdf)).outcome).toBe('revoked')
    const json = new Uint8Array(await (await api.request(COACH, 'GET', `/api/awards/${String(valid.id)}/credential`)).arrayBuffer())
    expect((await checkUploadedFile(payload, json)).outcome).toBe('valid')
    const jwt = await (await api.request(COACH, 'GET', `/api/awards/${String(valid.id)}/credential?format=jwt`)).text()
    const [header, body, signature] = jwt.split('.')
    const forged = Buffer.from(Buffer.from(body!, 'base64url').toString('utf8').replace('Amal Haddad', 'Amal Haddat')).toString('base64url')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as { credentialSubject: { achievement: { name: string } } }
    claims.credentialSubject.achievement.name = 'Chef-kok'
    const changed = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    expect(forged).toBeTruthy()
    expect(await checkUploadedFile(payload, new TextEncoder().encode(changed))).toMatchObject({ outcome: 'invalid', code: 'bad-signature' })
    const changedJson = JSON.parse(Buffer.from(json).toString('utf8')) as { credentialSubject: { achievement: { name: string } } }
    changedJson.credentialSubject.achievement.name = 'Chef-kok'
    expect((await checkUploadedFile(payload, new TextEncoder().encode(JSON.stringify(changedJson)))).outcome).toBe('invalid')
    expect(await checkUploadedFile(payload, new TextEncoder().encode('not a credential'))).toMatchObject({ outcome: 'invalid', code: 'unreadable' })
  })
})

describe('bulk issuance from a CSV upload', () => {
  const template = {
    name: 'Groep keuken voorjaar',
    kind: 'certificaat',
    locale: 'nl',
    achievement: { title: 'Hygiëne in de keuken', competences: ['Werkt volgens de HACCP-basisregels'] },
    qualification: { title: 'Doorstartkwalificatie werk', area: 'work' },
  }
  const codes = async (): Promise<string[]> =>
    (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.own } }, depth: 0, pagination: false, sort: 'id' })).docs.map((doc) => String(doc.code))

  it('checks every row first and creates nothing while one has an error, per row in Dutch', async () => {
    const [a, b] = await codes()
    const before = (await payload.count({ collection: 'awards' })).totalDocs
    const csv = `deelnemer;naam\n${a};Sanne de Vries\nDS-ONBEKEND;Piet\n${b};\n${a};Nog een keer\n`
    const response = await api.request(COACH, 'POST', '/api/award-batches', { ...template, csv })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('Rij 3: deelnemer \\"DS-ONBEKEND\\" bestaat niet of hoort niet bij uw centrum.')
    expect(text).toContain('Rij 4: de naam ontbreekt.')
    expect(text).toContain(`Rij 5: deelnemer \\"${a}\\" staat ook al in rij 2.`)
    expect(text).not.toContain('Rij 2')
    expect((await payload.count({ collection: 'awards' })).totalDocs).toBe(before)
    expect((await payload.count({ collection: 'award-batches' })).totalDocs).toBe(0)
  })

  it('refuses another centre\'s participant as unknown', async () => {
    const other = (await payload.find({ collection: 'participants', where: { centre: { equals: fixture.centre.other } }, limit: 1 })).docs[0]!.code
    const response = await api.request(COACH, 'POST', '/api/award-batches', { ...template, csv: `deelnemer,naam\n${String(other)},Iemand\n` })
    expect(response.status).toBe(400)
  })

  it('proposes one per row; a second person approves the batch; progress counts to all issued', async () => {
    const all = await codes()
    const csv = ['deelnemer,naam', ...all.map((code, index) => `${code},"Deelnemer ${index + 1}, keuken"`)].join('\r\n')
    const response = await api.request(COACH, 'POST', '/api/award-batches?depth=0', { ...template, csv })
    expect(response.status, await response.clone().text()).toBe(201)
    const batch = ((await response.json()) as { doc: Record<string, unknown> }).doc
    expect(batch.rowCount).toBe(all.length)
    const progress = async (): Promise<Record<string, number>> =>
      ((await (await api.request(COACH, 'GET', `/api/award-batches/${String(batch.id)}/progress`)).json()) as { progress: Record<string, number> }).progress
    expect(await progress()).toMatchObject({ total: all.length, proposed: all.length, issued: 0 })
    expect((await api.request(COACH, 'POST', `/api/award-batches/${String(batch.id)}/approve`)).status).toBe(403)
    expect((await api.request(OTHER_COACH, 'POST', `/api/award-batches/${String(batch.id)}/approve`)).status).toBe(404)
    expect((await api.request(CENTRE_ADMIN, 'POST', `/api/award-batches/${String(batch.id)}/approve`)).status).toBe(202)
    for (let waited = 0; (await progress()).issued < all.length; waited += 50) {
      if (waited > 30_000) throw new Error(`batch not issued: ${JSON.stringify(await progress())}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const { docs } = await payload.find({ collection: 'awards', where: { batch: { equals: batch.id } }, pagination: false, depth: 0 })
    expect(new Set(docs.map((doc) => doc.credentialId)).size).toBe(all.length)
    expect(docs.map((doc) => doc.recipient?.name)).toContain('Deelnemer 1, keuken')
  })
})

describe('the issuance job', () => {
  it('stores an award once, however often and however concurrently it runs', async () => {
    const { issueAward } = await import('../../cms/src/jobs/issueAward')
    const doc = await propose(COACH, kitchenParticipant)
    // Approve without waking the runner: call the job ourselves, three times at once.
    const { approveInTransaction, inTransaction } = await import('../../cms/src/collections/Awards/endpoints')
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: { ...fixture.users.centreAdmin, collection: 'users' } as never }, payload)
    await inTransaction(req, () => approveInTransaction(req, doc as never))
    const outcomes = await Promise.allSettled([issueAward(payload, doc.id as Id), issueAward(payload, doc.id as Id), issueAward(payload, doc.id as Id)])
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 'issued').length).toBeLessThanOrEqual(1)
    await waitForStatus(payload, doc.id as Id, 'issued')
    expect(await issueAward(payload, doc.id as Id)).toBe('already-issued')
    expect((await payload.count({ collection: 'award-files', where: { award: { equals: doc.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('private keys', () => {
  it('never appear in a response, a PDF or the log', async () => {
    const secrets = await privateKeys()
    expect(secrets.length).toBeGreaterThanOrEqual(2)
    const { docs } = await payload.find({ collection: 'awards', where: { status: { in: ['issued', 'revoked'] } }, pagination: false, depth: 0 })
    const seen: string[] = [logged.join('')]
    for (const doc of docs.slice(0, 5)) {
      for (const what of ['', '/pdf', '/credential', '/credential?format=jwt']) {
        const body = Buffer.from(await (await api.request(CENTRE_ADMIN, 'GET', `/api/awards/${doc.id}${what}?depth=2`.replace('??', '?').replace('jwt?depth', 'jwt&depth'))).arrayBuffer())
        seen.push(body.toString('latin1'))
        if (what === '/pdf') seen.push(pdftotext(new Uint8Array(body)))
      }
    }
    seen.push(await (await api.request(DEMO_ACCOUNTS.admin, 'GET', '/api/issuer-keys?depth=2')).text())
    seen.push(await (await api.request(DEMO_ACCOUNTS.admin, 'GET', '/api/award-files')).text())
    const all = seen.join('\n')
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(all).not.toContain(secret)
      expect(all).not.toContain(Buffer.from(secret, 'base64url').toString('hex'))
    }
  })
})
