import type { webcrypto } from 'node:crypto'
import { randomBytes, randomUUID } from 'node:crypto'
import { CompactSign } from 'jose'
import { array, httpUrl, matches, object, oneOf, refine, text, type Rule } from '../internal/rules.js'
import { assertValid, credentialTail, dateTime, optionalCredentialParts, toDateTime, validUntilAfterValidFrom } from './credentialParts.js'
import { hashRecipient } from './hashRecipient.js'
import { importKey, type Ed25519Jwk } from './keys.js'
import { OPEN_BADGE_CONTEXT, type Alignment, type OpenBadgeCredential } from './OpenBadgeCredential.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

/** Where an achievement sits in a framework: a ladder rung, a learning goal or a work process. */
export interface AlignmentInput {
  readonly targetName: string
  readonly targetUrl: string
  readonly targetDescription?: string
  /** E.g. the rung id `societal-workplace`, or a work process `B1-K1-W2`. */
  readonly targetCode?: string
  /** E.g. `Pluspunt participatie & werk 2026.1`. */
  readonly targetFramework?: string
  /** E.g. `ext:LadderRung`, `ext:LearningGoal`. */
  readonly targetType?: string
}

/**
 * Options of {@link issueCredential}.
 *
 * @example
 * ```ts
 * const options: IssueCredentialOptions = {
 *   issuer: { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt' },
 *   signingKey: privateJwk,
 *   recipient: { identifier: 'zoe@example.org', identityType: 'emailAddress' },
 *   achievement: { id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel', description: '…', criteria: '…' },
 *   validFrom: '2026-03-03',
 * }
 * ```
 */
export interface IssueCredentialOptions {
  /** The issuing centre's legal entity. `id` is a URL or DID that identifies it. */
  readonly issuer: { readonly id: string; readonly name: string; readonly url?: string; readonly email?: string }
  /** The centre's Ed25519 private key as JWK. Passed in; never read from disk by the library. */
  readonly signingKey: Ed25519Jwk
  /**
   * Who receives it. The identifier (an e-mail address, or a pseudonymous id when there is none) is
   * only stored salted and hashed. `salt` defaults to 16 random bytes; keep it to let the
   * recipient prove the badge is theirs.
   */
  readonly recipient: { readonly identifier: string; readonly identityType: 'emailAddress' | 'identifier'; readonly salt?: string }
  readonly achievement: {
    /** A URL identifying the achievement definition, e.g. `https://pluspunt.example/achievements/fietsherstel`. */
    readonly id: string
    readonly name: string
    readonly description: string
    /** What someone must show to earn it. */
    readonly criteria: string
    /** E.g. `Certificate`, `Competency`, `ext:Getuigschrift`. */
    readonly achievementType?: string
    readonly alignments?: readonly AlignmentInput[]
    readonly inLanguage?: 'nl' | 'en'
  }
  /** YYYY-MM-DD or an ISO date-time with zone. */
  readonly validFrom: string
  readonly validUntil?: string
  /** Work the achievement rests on (no personal data beyond the work). */
  readonly evidence?: readonly { readonly id?: string; readonly name?: string; readonly narrative?: string }[]
  /** The credential's place in the centre's revocation list (see {@link createStatusList}). */
  readonly status?: { readonly statusListCredential: string; readonly statusListIndex: number }
  /** Defaults to `urn:uuid:` + a random UUID. */
  readonly id?: string
}

/**
 * What {@link issueCredential} returns.
 *
 * @example
 * ```ts
 * const { jwt, credential, salt }: IssuedCredential = await issueCredential(options)
 * await store.save({ credentialId: credential.id, salt, status: 'active' }) // the minimal issuance record
 * ```
 */
export interface IssuedCredential {
  /** The signed credential as compact VC-JWT (`typ: vc+jwt`): give this to the participant. */
  readonly jwt: string
  /** The unsigned credential, as signed. */
  readonly credential: OpenBadgeCredential
  /** The salt used for the recipient hash; keep it with the issuance record. */
  readonly salt: string
}

// Issuers and achievements are identified by an http(s) URL, a DID or a URN.
const identifier: Rule = (value, path, issues) => {
  if (typeof value === 'string' && /^(did|urn):[a-z0-9-]+:\S+$/i.test(value)) return
  httpUrl(value, path, issues)
}

const options: Rule = refine(
  object(
    {
      issuer: object({ id: identifier, name: text(120) }, { url: httpUrl, email: matches(/^[^@\s]+@[^@\s]+$/, 'invalid-email', 'Give an e-mail address') }),
      signingKey: (value, path, issues) => {
        if (typeof value !== 'object' || value === null) issues.push({ path, code: 'invalid-signing-key', message: 'Give the signing key as an Ed25519 private JWK.' })
      },
      recipient: object({ identifier: text(320), identityType: oneOf(['emailAddress', 'identifier']) }, { salt: matches(/^[A-Za-z0-9_-]{8,128}$/, 'invalid-salt', 'Use 8–128 letters, digits, - or _ as salt') }),
      achievement: object(
        { id: identifier, name: text(120), description: text(1000, { multiline: true }), criteria: text(2000, { multiline: true }) },
        {
          achievementType: text(60),
          inLanguage: oneOf(['nl', 'en']),
          alignments: array(
            object({ targetName: text(200), targetUrl: httpUrl }, { targetDescription: text(500), targetCode: text(100), targetFramework: text(200), targetType: text(60) }),
            { min: 1, max: 20 },
          ),
        },
      ),
      validFrom: dateTime,
    },
    optionalCredentialParts(identifier),
  ),
  validUntilAfterValidFrom,
)

function alignmentOf(input: AlignmentInput): Alignment {
  return { type: ['Alignment'], ...input }
}

/**
 * Issues an Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0) signed with the centre's
 * Ed25519 key as a VC-JWT (JOSE, `alg: EdDSA`, `typ: vc+jwt`). The recipient appears only as a
 * salted SHA-256 hash; the achievement carries its criteria and alignments (ladder rung or
 * learning goal); `status` links it to the centre's revocation list.
 *
 * @throws {@link CertificateInputError} listing every invalid option.
 * @throws {@link CredentialError} `invalid-signing-key` when the key is not an Ed25519 private JWK.
 * @example
 * ```ts
 * const { privateJwk } = await generateIssuerKeyPair()
 * const { jwt } = await issueCredential({
 *   issuer: { id: 'https://pluspunt.example/issuer', name: 'Stichting Pluspunt' },
 *   signingKey: privateJwk,
 *   recipient: { identifier: 'P-7F3K', identityType: 'identifier' },
 *   achievement: {
 *     id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel',
 *     description: 'Repairs bicycles in the neighbourhood workshop.', criteria: 'Shown in practice for 3 months.',
 *     alignments: [{ targetName: 'Societal workplace', targetUrl: 'https://pluspunt.example/ladders/werk#societal-workplace', targetType: 'ext:LadderRung' }],
 *   },
 *   validFrom: '2026-03-03',
 *   status: { statusListCredential: 'https://pluspunt.example/status/1', statusListIndex: 42 },
 * })
 * ```
 */
export async function issueCredential(input: IssueCredentialOptions): Promise<IssuedCredential> {
  assertValid(options, input)
  const { key, kid } = await importKey(input.signingKey, true, '/signingKey')

  const salt = input.recipient.salt ?? randomBytes(16).toString('hex')
  const { achievement } = input
  const credential: OpenBadgeCredential = {
    '@context': [...OPEN_BADGE_CONTEXT],
    id: input.id ?? `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: {
      id: input.issuer.id,
      type: ['Profile'],
      name: input.issuer.name,
      ...(input.issuer.url ? { url: input.issuer.url } : {}),
      ...(input.issuer.email ? { email: input.issuer.email } : {}),
    },
    validFrom: toDateTime(input.validFrom),
    ...(input.validUntil ? { validUntil: toDateTime(input.validUntil) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', hashed: true, identityHash: hashRecipient(input.recipient.identifier, salt), identityType: input.recipient.identityType, salt }],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        ...(achievement.achievementType ? { achievementType: achievement.achievementType } : {}),
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        ...(achievement.alignments ? { alignment: achievement.alignments.map(alignmentOf) } : {}),
        ...(achievement.inLanguage ? { inLanguage: achievement.inLanguage } : {}),
      },
    },
    ...credentialTail(input),
  }
  const jwt = await signCredential(credential, key, kid)
  return { jwt, credential, salt }
}

/** Signs a credential as a VC-JWT: the payload is the credential itself (VC-JOSE-COSE). */
export async function signCredential(credential: object, key: webcrypto.CryptoKey, kid: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid })
    .sign(key)
}
