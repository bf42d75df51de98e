// Speed of @doorstart/certificates on one core: `npx vitest bench --run test/bench/certificates.bench.ts`.
// Compared in the same run with plain pdfkit writing the same text with the same font.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import { bench, describe } from 'vitest'
import {
  buildDidDocument, createProofCache, createStatusList, generateIssuerKeyPair, generateRecipientIdentifier, issueCredential,
  issueDataIntegrityCredential, issueDataIntegrityStatusListCredential, issueJwtCredential, issueStatusListCredential,
  renderCertificate, trustedIssuerFromDidDocument, type OpenBadgeInput,
  renderProgressReport, renderWorkAgenda, verifyCredential, type CertificateInput, type IssueCredentialOptions,
  type ProgressReportInput, type WorkAgendaInput,
} from '@doorstart/certificates'

// Enough samples to see through a busy machine.
const BENCH = { time: 3000, warmupTime: 1000 }

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/certificates/${name}.json`, import.meta.url), 'utf8')) as T
const getuigschrift = fixture<CertificateInput>('getuigschrift-nl')
const agenda = fixture<WorkAgendaInput>('work-agenda-nl')
const report = fixture<ProgressReportInput>('progress-report-en')

// The first certificate in this process, font parsing included.
const started = performance.now()
const first = await renderCertificate(getuigschrift)
console.log(`first certificate: ${(performance.now() - started).toFixed(1)} ms including font load; size ${(first.byteLength / 1024).toFixed(1)} KB`)

const fontDir = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/')
const plainLines = [
  getuigschrift.centre.name, 'Getuigschrift', getuigschrift.recipient.name, getuigschrift.achievement.title,
  ...getuigschrift.achievement.competences, getuigschrift.achievement.description ?? '', getuigschrift.verifyUrl,
]

/** Plain pdfkit, the way its getting-started guide does it: font file by path, text line by line. */
function plainPdfkit(): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2026-03-03T12:00:00Z') } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<number>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).byteLength)))
  doc.registerFont('regular', `${fontDir}DejaVuSans.ttf`)
  doc.registerFont('bold', `${fontDir}DejaVuSans-Bold.ttf`)
  plainLines.forEach((line, index) => doc.font(index % 2 ? 'bold' : 'regular').fontSize(12).text(line, 50, 80 + index * 40, { width: 495 }))
  doc.end()
  return done
}

describe('PDF documents', () => {
  bench('renderCertificate (getuigschrift, 1 page)', async () => {
    await renderCertificate(getuigschrift)
  }, BENCH)
  bench('plain pdfkit, the same text and font', async () => {
    await plainPdfkit()
  }, BENCH)
  bench('renderWorkAgenda (1 page)', async () => {
    await renderWorkAgenda(agenda)
  }, BENCH)
  bench('renderProgressReport (chart, 1 page)', async () => {
    await renderProgressReport(report)
  }, BENCH)
})

const { privateJwk, publicJwk } = await generateIssuerKeyPair()
const issuer = { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt' }
const list = createStatusList({ id: 'https://pluspunt.example/status/1', issuer: issuer.id })
const published = await issueStatusListCredential(list, { signingKey: privateJwk, validFrom: '2026-03-01' })
const options: IssueCredentialOptions = {
  issuer, signingKey: privateJwk,
  recipient: { identifier: 'P-7F3K', identityType: 'identifier' },
  achievement: { id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', description: 'Repareert fietsen.', criteria: 'Drie maanden getoond.' },
  validFrom: '2026-03-03',
  status: { statusListCredential: list.id, statusListIndex: 42 },
}
const { jwt } = await issueCredential(options)
const verifyOptions = { trustedIssuers: [{ id: issuer.id, publicKeys: [publicJwk] }], statusList: () => published }
if (!(await verifyCredential(jwt, verifyOptions)).verified) throw new Error('the benchmark credential must verify')

describe('Open Badges 3.0 credentials', () => {
  bench('issueCredential (sign)', async () => {
    await issueCredential(options)
  }, BENCH)
  bench('verifyCredential (signature, dates, status list)', async () => {
    await verifyCredential(jwt, verifyOptions)
  }, BENCH)
})

// The forms the CMS issues: Data Integrity (eddsa-rdfc-2022, JSON-LD canonicalisation) and the
// OB 3.0 JWT (ES256), from a did:web issuer, both checked against the same Data Integrity status list.
const did = 'did:web:pluspunt.example:centres:rotterdam'
const ed25519 = await generateIssuerKeyPair()
const es256 = await generateIssuerKeyPair({ algorithm: 'ES256' })
const didDocument = buildDidDocument({ did, keys: [{ id: 'key-1', publicJwk: ed25519.publicJwk }, { id: 'key-2', publicJwk: es256.publicJwk }] })
const dataIntegrityKey = { privateJwk: ed25519.privateJwk, verificationMethod: `${did}#key-1` }
const jwtKey = { privateJwk: es256.privateJwk, kid: `${did}#key-2` }
const didList = createStatusList({ id: 'https://pluspunt.example/status/rotterdam', issuer: did })
const didPublished = await issueDataIntegrityStatusListCredential(didList, { key: dataIntegrityKey, validFrom: '2026-03-01' })
const input: OpenBadgeInput = {
  issuer: { id: did, name: 'Stichting Pluspunt' },
  recipient: { identityType: 'identifier', identifier: generateRecipientIdentifier() },
  achievement: { id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', description: 'Repareert fietsen.', criteria: 'Drie maanden getoond.', achievementType: 'ext:Getuigschrift' },
  validFrom: '2026-03-03',
  status: { statusListCredential: didList.id, statusListIndex: 42 },
}
const didOptions = { trustedIssuers: [trustedIssuerFromDidDocument(didDocument)], statusList: () => didPublished }
const { credential: signed } = await issueDataIntegrityCredential(input, dataIntegrityKey)
const { jwt: obJwt } = await issueJwtCredential(input, jwtKey)
for (const credential of [signed, obJwt]) {
  if (!(await verifyCredential(credential, didOptions)).verified) throw new Error('the benchmark credentials must verify')
}

describe('Open Badges 3.0 credentials from a did:web issuer', () => {
  bench('issueDataIntegrityCredential (eddsa-rdfc-2022 sign)', async () => {
    await issueDataIntegrityCredential(input, dataIntegrityKey)
  }, BENCH)
  bench('verifyCredential, Data Integrity (signature, dates, status list)', async () => {
    await verifyCredential(signed, didOptions)
  }, BENCH)
  // What a verification page does with a credential it has checked before: the proof is not
  // canonicalised again; dates and the status list are.
  const proofCache = createProofCache()
  bench('verifyCredential, Data Integrity, proof remembered (proofCache)', async () => {
    await verifyCredential(signed, { ...didOptions, proofCache })
  }, BENCH)
  bench('issueJwtCredential (ES256 sign)', async () => {
    await issueJwtCredential(input, jwtKey)
  }, BENCH)
  bench('verifyCredential, OB 3.0 JWT (signature, claims, dates, status list)', async () => {
    await verifyCredential(obJwt, didOptions)
  }, BENCH)
})
