import {
  buildDidDocument, createStatusList, generateIssuerKeyPair, issueDataIntegrityStatusListCredential, trustedIssuerFromDidDocument,
  type DataIntegritySigningKey, type DidDocument, type IssuerKeyPair, type JwtSigningKey, type OpenBadgeInput, type StatusList,
  type StatusListCredential, type TrustedIssuer, type VerifyCredentialOptions,
} from '@doorstart/certificates'

/** A centre with a did:web, an Ed25519 key (Data Integrity), an ES256 key (JWT), a status list and its DID document. */
export interface DidCentre {
  readonly did: string
  readonly ed25519: IssuerKeyPair
  readonly es256: IssuerKeyPair
  readonly dataIntegrityKey: DataIntegritySigningKey
  readonly jwtKey: JwtSigningKey
  readonly document: DidDocument
  readonly trust: TrustedIssuer
  readonly statusUrl: string
  list: StatusList
  readonly published: Map<string, StatusListCredential>
  readonly verifyOptions: VerifyCredentialOptions
  publish(validFrom?: string, validUntil?: string): Promise<StatusListCredential>
  input(overrides?: Partial<OpenBadgeInput>): OpenBadgeInput
}

export const RECIPIENT_ID = '3f2a9c41d07e4b6d8e15a2c9f0b7d6e1'

export async function didCentre(options: { did?: string; statusUrl?: string } = {}): Promise<DidCentre> {
  const did = options.did ?? 'did:web:pluspunt.example:centres:rotterdam'
  const statusUrl = options.statusUrl ?? 'https://pluspunt.example/status/rotterdam'
  const ed25519 = await generateIssuerKeyPair()
  const es256 = await generateIssuerKeyPair({ algorithm: 'ES256' })
  const document = buildDidDocument({ did, keys: [{ id: 'key-1', publicJwk: ed25519.publicJwk }, { id: 'key-2', publicJwk: es256.publicJwk }] })
  const trust = trustedIssuerFromDidDocument(document)
  const published = new Map<string, StatusListCredential>()
  const centre: DidCentre = {
    did, ed25519, es256, document, trust, statusUrl, published,
    dataIntegrityKey: { privateJwk: ed25519.privateJwk, verificationMethod: `${did}#key-1` },
    jwtKey: { privateJwk: es256.privateJwk, kid: `${did}#key-2` },
    list: createStatusList({ id: statusUrl, issuer: did }),
    verifyOptions: { trustedIssuers: [trust], statusList: (url) => published.get(url), at: '2026-06-01T00:00:00Z' },
    async publish(validFrom = '2026-03-01', validUntil) {
      const credential = await issueDataIntegrityStatusListCredential(centre.list, { key: centre.dataIntegrityKey, validFrom, ...(validUntil ? { validUntil } : {}) })
      published.set(statusUrl, credential)
      return credential
    },
    input(overrides = {}) {
      return {
        issuer: { id: did, name: 'Stichting Pluspunt', url: 'https://pluspunt.example' },
        recipient: { identityType: 'identifier', identifier: RECIPIENT_ID, salt: 'c0ffee00c0ffee00' },
        achievement: {
          id: 'https://pluspunt.example/achievements/fietsherstel',
          name: 'Fietsherstel',
          description: 'Repareert fietsen in de buurtwerkplaats.',
          criteria: 'Drie maanden in de praktijk getoond, beoordeeld door de werkbegeleider.',
          achievementType: 'ext:Getuigschrift',
          image: { id: 'https://pluspunt.example/badges/rotterdam/getuigschrift.png', caption: 'Badge getuigschrift Pluspunt Rotterdam' },
          inLanguage: 'nl',
          alignments: [{
            targetName: 'Maatschappelijke werkplaats', targetUrl: 'https://pluspunt.example/ladders/participatie-werk/2026.1#societal-workplace',
            targetCode: 'societal-workplace', targetFramework: 'Pluspunt participatie & werk 2026.1', targetType: 'ext:LadderRung',
          }],
        },
        validFrom: '2026-03-03',
        status: { statusListCredential: statusUrl, statusListIndex: 42 },
        id: 'urn:uuid:8f14e45f-ceea-467f-a8f5-2b7c1e0d7a11',
        ...overrides,
      }
    },
  }
  return centre
}
