import {
  createStatusList, generateIssuerKeyPair, issueCredential, issueStatusListCredential,
  type IssueCredentialOptions, type IssuerKeyPair, type StatusList, type TrustedIssuer, type VerifyCredentialOptions,
} from '@doorstart/certificates'

export const ISSUER = { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt', url: 'https://pluspunt.example' } as const
export const STATUS_URL = 'https://pluspunt.example/status/1'

/** A centre with a key pair, a revocation list and a place where it publishes the list. */
export interface TestCentre {
  readonly keys: IssuerKeyPair
  list: StatusList
  readonly published: Map<string, string>
  readonly trust: TrustedIssuer
  readonly verifyOptions: VerifyCredentialOptions
  publish(validFrom?: string): Promise<void>
  options(overrides?: Partial<IssueCredentialOptions>): IssueCredentialOptions
}

export async function testCentre(issuerId: string = ISSUER.id): Promise<TestCentre> {
  const keys = await generateIssuerKeyPair()
  const published = new Map<string, string>()
  const trust: TrustedIssuer = { id: issuerId, publicKeys: [keys.publicJwk] }
  const centre: TestCentre = {
    keys,
    list: createStatusList({ id: STATUS_URL, issuer: issuerId }),
    published,
    trust,
    verifyOptions: { trustedIssuers: [trust], statusList: (url) => published.get(url), at: '2026-06-01T00:00:00Z' },
    async publish(validFrom = '2026-03-01') {
      published.set(STATUS_URL, await issueStatusListCredential(centre.list, { signingKey: keys.privateJwk, validFrom }))
    },
    options(overrides = {}) {
      return {
        issuer: { ...ISSUER, id: issuerId },
        signingKey: keys.privateJwk,
        recipient: { identifier: 'P-7F3K', identityType: 'identifier', salt: 'c0ffee00c0ffee00' },
        achievement: {
          id: 'https://pluspunt.example/achievements/fietsherstel',
          name: 'Fietsherstel',
          description: 'Repareert fietsen in de buurtwerkplaats.',
          criteria: 'Drie maanden in de praktijk getoond, beoordeeld door de werkbegeleider.',
          achievementType: 'Certificate',
          inLanguage: 'nl',
          alignments: [{
            targetName: 'Maatschappelijke werkplaats', targetUrl: 'https://pluspunt.example/ladders/participatie-werk/2026.1#societal-workplace',
            targetCode: 'societal-workplace', targetFramework: 'Pluspunt participatie & werk 2026.1', targetType: 'ext:LadderRung',
          }],
        },
        validFrom: '2026-03-03',
        status: { statusListCredential: STATUS_URL, statusListIndex: 42 },
        id: 'urn:uuid:8f14e45f-ceea-467f-a8f5-2b7c1e0d7a11',
        ...overrides,
      }
    },
  }
  await centre.publish()
  return centre
}

export const issue = async (centre: TestCentre, overrides: Partial<IssueCredentialOptions> = {}): Promise<string> =>
  (await issueCredential(centre.options(overrides))).jwt
