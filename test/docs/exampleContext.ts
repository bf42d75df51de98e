// The names a TSDoc `@example` may use without defining them: what a reader's program already has
// at that point (a ladder, facts, a key pair, an input, a signed credential, …). Each example is
// compiled and run with the names it does not declare imported from here, and with every export
// of the packages (test/docs/examples.test.ts). Keep the values real: the examples run on them.
import { writeFile as writeRealFile } from 'node:fs/promises'
import { isDeepStrictEqual } from 'node:util'
import { assess, builtinLadders, compileLadder, type Facts, type Ladder, type ParticipantHistory, type AgendaRequest } from '@doorstart/ladder'
import {
  buildDidDocument, createStatusList, didWebDocumentUrl, didWebFromUrl, generateIssuerKeyPair, issueCredential,
  issueDataIntegrityCredential, issueStatusListCredential, renderCertificate, revoke,
  type CertificateInput, type DataIntegritySigningKey, type IssueCredentialOptions, type JwtSigningKey,
  type OpenBadgeInput, type ProgressReportInput, type TrustedIssuer, type WorkAgendaInput,
} from '@doorstart/certificates'

const asOf = '2026-03-01'

// The ladder engine
export const ladder: Ladder = builtinLadders.participatieladder
export const compiled = compileLadder(ladder)
export const facts: Facts = { socialContactsPerWeek: 2 }
export const participants: readonly Facts[] = [facts, { socialContactsPerWeek: 4, unpaidWork: { hoursPerWeek: 12 } }]
export const assessment = assess(ladder, facts, { asOf })
/** A ladder definition as JSON text, e.g. read from a file. */
export const text = JSON.stringify(ladder)
/** One line of `doorstart assess --output assessment`. */
export const line = JSON.stringify({ line: 1, id: 'p-17', assessment })
/** A rule nested one level deeper than `RULE_LIMITS.maxDepth` allows. */
export const rule: unknown = Array.from({ length: 33 }).reduce<unknown>((inner) => ({ '!': [inner] }), true)
export const request: AgendaRequest = { weekStartsOn: '2026-03-02', hoursPerWeek: 32, openGoals: ['kitchen-hygiene'], activities: [] }
export const histories: readonly ParticipantHistory[] = Array.from({ length: 6 }, (_, i) => ({
  participant: `p-${i}`,
  assessments: [
    { ladder: 'participatieladder', asOf: '2026-01-15', rung: 'sociale-contacten' },
    { ladder: 'participatieladder', asOf: '2026-06-15', rung: 'onbetaald-werk' },
  ],
  outflow: [{ type: 'paid-work', date: '2026-10-01' }],
  goals: [{ goal: 'kitchen-hygiene', sector: 'kitchen', achievedOn: '2026-06-01' }],
}))
/** Assessments as a CMS keeps them. */
export const assessments: readonly { readonly assessedOn: string; readonly rung: string }[] = [
  { assessedOn: '2025-09-15', rung: 'sociale-contacten' }, { assessedOn: '2026-01-15', rung: 'deelname-georganiseerde-activiteiten' },
]

// Keys and identifiers of an issuing centre
export const ed25519 = await generateIssuerKeyPair()
export const es256 = await generateIssuerKeyPair({ algorithm: 'ES256' })
export const keys = ed25519
export const { privateJwk, publicJwk } = ed25519
export const did = didWebFromUrl('https://pluspunt.example/centres/rotterdam')
export const didDocument = buildDidDocument({ did, keys: [{ id: 'key-1', publicJwk: ed25519.publicJwk }, { id: 'key-2', publicJwk: es256.publicJwk }] })
export const key: DataIntegritySigningKey = { privateJwk: ed25519.privateJwk, verificationMethod: `${did}#key-1` }
export const jwtKey: JwtSigningKey = { privateJwk: es256.privateJwk, kid: `${did}#key-2` }
export const trusted: TrustedIssuer = { id: 'https://pluspunt.example/issuer', publicKeys: [publicJwk] }
export const trustedIssuers: readonly TrustedIssuer[] = [trusted]

// Credentials and status lists
export const list = createStatusList({ id: 'https://pluspunt.example/status/1', issuer: did })
export const revoked = revoke(list, { index: 7, reason: 'Issued to the wrong participant', revokedOn: '2026-04-01' })
export const listJwt = await issueStatusListCredential(list, { signingKey: privateJwk, validFrom: '2026-03-01' })
export const publishedListJwt = listJwt
export const publishedLists = new Map<string, string>([[list.id, listJwt]])
export const statusListCache = publishedLists
export const badgeInput: OpenBadgeInput = {
  issuer: { id: did, name: 'Stichting Pluspunt', url: 'https://pluspunt.example' },
  recipient: { identityType: 'emailAddress', identifier: 'zoe@example.org' },
  achievement: {
    id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', achievementType: 'ext:Getuigschrift',
    description: 'Repairs bicycles in the neighbourhood workshop.', criteria: 'Shown in practice for 3 months.',
  },
  validFrom: '2026-03-03',
}
export const options: IssueCredentialOptions = {
  issuer: { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt' },
  signingKey: privateJwk,
  recipient: { identifier: 'zoe@example.org', identityType: 'emailAddress' },
  achievement: { id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', description: 'Repairs bicycles.', criteria: 'Shown in practice.' },
  validFrom: '2026-03-03',
  status: { statusListCredential: list.id, statusListIndex: 42 },
}
export const { jwt: credential } = await issueCredential(options)
export const { credential: signedCredential } = await issueDataIntegrityCredential(badgeInput, key)

// Documents
export const input: CertificateInput = {
  kind: 'getuigschrift', locale: 'nl',
  recipient: { name: 'Zoë Çelik' },
  centre: { name: 'Pluspunt', location: 'Rotterdam' },
  achievement: { title: 'Fietsherstel', competences: ['Plakt een band veilig en netjes'] },
  issuedOn: '2026-03-03',
  verifyUrl: 'https://pluspunt.example/verify/8f14e45f',
  credential,
}
export const reportInput: ProgressReportInput = {
  locale: 'en', participant: { name: 'Mehmet Yılmaz' }, centre: { name: 'Pluspunt' },
  ladder: { title: 'Participation & work', rungs: [{ id: 'protected', title: 'Protected workplace' }, { id: 'societal', title: 'Societal workplace' }] },
  history: [{ date: '2026-01-05', rungId: 'protected' }, { date: '2026-04-01', rungId: 'societal' }],
  period: { from: '2026-01-01', to: '2026-06-30' }, issuedOn: '2026-07-01',
}
export const agendaInput: WorkAgendaInput = {
  locale: 'nl', participant: { name: 'Zoë Çelik' }, centre: { name: 'Leer Praktijk Centrum Zuid' },
  week: { year: 2026, number: 10, startsOn: '2026-03-02' },
  days: [{ date: '2026-03-02', activities: [{ start: '09:00', end: '12:30', title: 'Keuken', kind: 'work' }] }],
  issuedOn: '2026-02-27',
}
/** The certificate input as JSON text, e.g. from a request body. */
export const json = JSON.stringify(input)
export const reportJson = JSON.stringify(reportInput)
export const agendaJson = JSON.stringify(agendaInput)
export const pdfBytes = await renderCertificate(input)

// I/O the examples do, against the files above rather than a disk or a network.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const files = new Map<string, Uint8Array | string>([
  ['logo.png', PNG], ['getuigschrift.pdf', pdfBytes], ['pluspunt-issuer.json', JSON.stringify([trusted])],
])

export function readFile(name: string): Promise<Buffer>
export function readFile(name: string, encoding: 'utf8'): Promise<string>
export async function readFile(name: string, encoding?: 'utf8'): Promise<Buffer | string> {
  const content = files.get(name)
  if (content === undefined) throw new Error(`No file ${name} in the example context.`)
  return encoding ? Buffer.from(content).toString('utf8') : Buffer.from(content)
}

/** Writes into the scratch directory the examples run in. */
export const writeFile = writeRealFile

/** Answers the DID document at its did:web URL. */
export async function fetch(url: string): Promise<{ json(): Promise<unknown> }> {
  if (url !== didWebDocumentUrl(did)) throw new Error(`No ${url} in the example context.`)
  return { json: async () => structuredClone(didDocument) }
}

/** Where an application keeps what it issued. */
export const store = { save: async (record: unknown): Promise<void> => void JSON.stringify(record) }

/** Checks an example's `expression //=> value` claim (test/docs/tsdocExamples.ts writes the calls). */
export function expectExampleValue(actual: unknown, expected: unknown): void {
  const plain = actual === undefined ? undefined : JSON.parse(JSON.stringify(actual)) as unknown
  if (!isDeepStrictEqual(plain, expected)) throw new Error(`//=> ${JSON.stringify(expected)}, but it is ${JSON.stringify(actual)}`)
}
