// Renders every document kind of @doorstart/certificates, in Dutch and English, and issues,
// embeds, verifies and revokes an Open Badges 3.0 credential.
//
//   npm run build && node examples/certificates.mjs [output-folder]
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createStatusList, generateIssuerKeyPair, issueCredential, issueStatusListCredential, readEmbeddedCredential,
  renderCertificate, renderProgressReport, renderWorkAgenda, revoke, verifyCredential,
} from '@doorstart/certificates'

const out = process.argv[2] ?? join(tmpdir(), 'doorstart-certificates')
await mkdir(out, { recursive: true })
const save = async (name, pdf) => {
  await writeFile(join(out, name), pdf)
  console.log(`${name.padEnd(32)} ${(pdf.byteLength / 1024).toFixed(1)} KB`)
}

// 1. The centre's key pair and revocation list. Keys are passed in; keep the private one secret.
const centre = { name: 'Pluspunt Rotterdam', location: 'Rotterdam', url: 'https://pluspunt.example', branding: { primaryColor: '#0b5394', accentColor: '#e69138' } }
const issuer = { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt', url: 'https://pluspunt.example' }
const { privateJwk, publicJwk } = await generateIssuerKeyPair()
let statusList = createStatusList({ id: 'https://pluspunt.example/status/1', issuer: issuer.id })
const published = new Map() // stands in for the web server that publishes the status list
const publish = async (validFrom) => published.set(statusList.id, await issueStatusListCredential(statusList, { signingKey: privateJwk, validFrom }))
await publish('2026-03-01')

// 2. The credential: an OpenBadgeCredential, recipient only as a salted hash, aligned to a rung.
const { jwt, credential } = await issueCredential({
  issuer,
  signingKey: privateJwk,
  recipient: { identifier: 'P-7F3K', identityType: 'identifier' },
  achievement: {
    id: 'https://pluspunt.example/achievements/fietsherstel',
    name: 'Fietsherstel in de buurtwerkplaats',
    description: 'Repareert fietsen van buurtbewoners in de fietsenwerkplaats.',
    criteria: 'Drie maanden in de praktijk getoond, beoordeeld door de werkbegeleider.',
    achievementType: 'Certificate',
    alignments: [{
      targetName: 'Maatschappelijke werkplaats', targetType: 'ext:LadderRung', targetCode: 'societal-workplace',
      targetUrl: 'https://pluspunt.example/ladders/participatie-werk/2026.1#societal-workplace',
    }],
  },
  validFrom: '2026-03-03',
  status: { statusListCredential: statusList.id, statusListIndex: 42 },
})
const verifyUrl = `https://pluspunt.example/verify/${credential.id.replace('urn:uuid:', '')}`

// 3. The three certificate kinds, each in Dutch and English; the getuigschrift carries the credential.
const base = {
  recipient: { name: 'Zoë Çelik-Ağaoğlu' },
  centre,
  achievement: {
    title: 'Fietsherstel in de buurtwerkplaats',
    description: 'Zoë werkte een half jaar twee ochtenden per week in de fietsenwerkplaats.',
    competences: ['Plakt een band veilig en netjes', 'Stelt remmen en versnellingen af', 'Legt klanten uit wat er gerepareerd is'],
  },
  issuedOn: '2026-03-03',
  verifyUrl,
  certificateNumber: 'PP-2026-0042',
  signatories: [{ name: 'Łukasz Nowak', role: 'Werkbegeleider' }, { name: 'Fatima el Amrani', role: 'Trajectbegeleider' }],
}
const kinds = {
  getuigschrift: { ...base, kind: 'getuigschrift', workplace: 'Fietsenwerkplaats Pluspunt', period: { from: '2025-09-01', to: '2026-02-27' }, credential: jwt },
  praktijkverklaring: {
    ...base, kind: 'praktijkverklaring',
    company: { name: 'Fietsenmakerij De Spaak BV', recognitionNumber: '100234567' },
    practiceTrainer: { name: 'Anouk de Vries' },
    qualification: { title: 'Medewerker fietstechniek', crebo: '25213' },
    workProcesses: [{ code: 'B1-K1-W2', title: 'Voert onderhoud en reparaties uit' }, { code: 'B1-K1-W3', title: 'Adviseert klanten' }],
    period: { from: '2025-09-01', to: '2026-02-27' },
    evidence: ['Observatieverslag van de praktijkopleider, 12 februari 2026', 'Fotoverslag van twintig reparaties'],
  },
  certificaat: { ...base, kind: 'certificaat', recipient: { name: 'محمد العلي' }, qualification: { title: 'Zelfstandig werken in de werkplaats', area: 'work' }, hours: 320 },
}
for (const [kind, input] of Object.entries(kinds)) {
  for (const locale of ['nl', 'en']) await save(`${kind}-${locale}.pdf`, await renderCertificate({ ...input, locale }))
}

// 4. The weekly work agenda and the progress report.
await save('werkweekagenda-nl.pdf', await renderWorkAgenda({
  locale: 'nl',
  participant: { name: 'Zoë Çelik-Ağaoğlu', pseudonym: 'P-7F3K' },
  centre,
  week: { year: 2026, number: 10, startsOn: '2026-03-02' },
  goals: [{ title: 'Elke dag op tijd beginnen' }, { title: 'Zelf een klant helpen bij de balie' }],
  days: [
    { date: '2026-03-02', activities: [
      { start: '09:00', end: '12:30', title: 'Fietsenwerkplaats', kind: 'work', location: 'Pluspunt', contact: 'Łukasz Nowak' },
      { start: '13:30', end: '15:00', title: 'Nederlandse les', kind: 'course', location: 'Bibliotheek Zuid' },
    ] },
    { date: '2026-03-03', activities: [{ start: '10:00', end: '11:00', title: 'Gesprek met trajectbegeleider', kind: 'coaching', contact: 'Fatima el Amrani' }] },
    { date: '2026-03-04', activities: [] },
  ],
  coach: { name: 'Fatima el Amrani', phone: '010-1234567' },
  issuedOn: '2026-02-27',
}))
await save('progress-report-en.pdf', await renderProgressReport({
  locale: 'en',
  participant: { name: 'Zoë Çelik-Ağaoğlu' },
  centre,
  ladder: { title: 'Participation & work', rungs: [
    { id: 'protected-workplace', title: 'Protected workplace' },
    { id: 'societal-workplace', title: 'Societal workplace' },
    { id: 'csr-employer', title: 'Workplace at a CSR employer' },
  ] },
  history: [{ date: '2025-09-01', rungId: 'protected-workplace' }, { date: '2026-01-05', rungId: 'societal-workplace' }],
  period: { from: '2025-09-01', to: '2026-03-01' },
  goals: [{ title: 'Repair a bicycle on my own', status: 'achieved' }, { title: 'Travel to work by metro', status: 'in-progress' }],
  summary: 'Zoë moved to the societal workplace in January and works on her own in the workshop.',
  coach: { name: 'Fatima el Amrani' },
  issuedOn: '2026-03-02',
}))

// 5. Verify the credential carried by the printed getuigschrift, then revoke it.
const { readFile } = await import('node:fs/promises')
const embedded = readEmbeddedCredential(await readFile(join(out, 'getuigschrift-nl.pdf')))
const verifyOptions = { trustedIssuers: [{ id: issuer.id, publicKeys: [publicJwk] }], statusList: (url) => published.get(url) }
const before = await verifyCredential(embedded, verifyOptions)
console.log(`credential embedded in getuigschrift-nl.pdf: ${before.verified ? 'verified' : `not verified (${before.code})`}`)

statusList = revoke(statusList, { index: 42, reason: 'Uitgereikt met een verkeerde periode', revokedOn: '2026-03-10' })
await publish('2026-03-10')
const after = await verifyCredential(embedded, verifyOptions)
console.log(`after revocation: ${after.verified ? 'verified' : `not verified (${after.code}): ${after.message}`}`)
console.log(`written to ${out}`)
if (!before.verified || after.verified) process.exitCode = 1
