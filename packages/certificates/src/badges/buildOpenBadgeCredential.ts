import { randomBytes, randomUUID } from 'node:crypto'
import { array, httpUrl, matches, object, oneOf, refine, text, type Rule } from '../internal/rules.js'
import { assertValid, credentialTail, dateTime, optionalCredentialParts, toDateTime, validUntilAfterValidFrom } from './credentialParts.js'
import { hashRecipient, isStrongRecipientIdentifier, normaliseEmailAddress } from './hashRecipient.js'
import { OPEN_BADGE_CONTEXT, type Alignment, type Image, type OpenBadgeCredential } from './OpenBadgeCredential.js'
import { ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, type ImageInput, type OpenBadgeInput } from './OpenBadgeInput.js'
import type { CertificateErrorCode } from '../errors/CertificateErrorCode.js'

/** The longest achievement name: real qualification titles run to 150 characters and more. */
export const MAX_ACHIEVEMENT_NAME = 200

// The OB 3.0 JSON Schema's pattern for extension terms, anchored (the schema's own is not).
const EXTENSION_TERM = /^ext:[A-Za-z0-9._-]+$/

function vocabulary(values: readonly string[], code: CertificateErrorCode, what: string): Rule {
  return (value, path, issues) => {
    if (typeof value === 'string' && (values.includes(value) || EXTENSION_TERM.test(value))) return
    issues.push({
      path, code,
      message: `Use an OB 3.0 ${what} (${values.slice(0, 4).join(', ')}, …) or an extension term such as "ext:${typeof value === 'string' && /^[A-Za-z0-9._-]+$/.test(value) ? value : 'Getuigschrift'}" (got ${JSON.stringify(value)}); 1EdTech's schema refuses anything else.`,
    })
  }
}


// Issuers, achievements and subjects are identified by an http(s) URL, a DID or a URN.
const identifier: Rule = (value, path, issues) => {
  if (typeof value === 'string' && value.length <= 300 && /^(did|urn):[a-z0-9-]+:\S+$/i.test(value)) return
  httpUrl(value, path, issues)
}

const did: Rule = matches(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/, 'invalid-issuer-did', 'Give the issuer id as a DID, normally the centre\'s did:web (didWebFromUrl)')

const imageUri: Rule = (value, path, issues) => {
  if (typeof value === 'string' && /^data:image\/(png|svg\+xml|jpeg);base64,[A-Za-z0-9+/=]+$/.test(value)) {
    if (value.length > 1_400_000) issues.push({ path, code: 'image-too-large', message: 'Keep an embedded badge image under 1 MB, or give its https URL instead.' })
    return
  }
  if (typeof value === 'string' && value.startsWith('https://') && value.length <= 300 && URL.canParse(value)) return
  issues.push({ path, code: 'invalid-image', message: 'Give the image as an https URL or a data:image/png;base64,… (or svg+xml, jpeg) URI.' })
}
const image: Rule = object({ id: imageUri }, { caption: text(200) })

const recipient: Rule = refine(
  object(
    { identityType: oneOf(['emailAddress', 'identifier']), identifier: text(320) },
    { salt: matches(/^[A-Za-z0-9_-]{8,128}$/, 'invalid-salt', 'Use 8–128 letters, digits, - or _ as salt'), id: identifier },
  ),
  (value, path, issues) => {
    const input = value as OpenBadgeInput['recipient']
    if (input.identityType === 'emailAddress' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.identifier.trim())) {
      issues.push({ path: `${path}/identifier`, code: 'invalid-email', message: 'Give the recipient\'s e-mail address, e.g. zoe@example.org.' })
    }
    if (input.identityType === 'identifier' && !isStrongRecipientIdentifier(input.identifier)) {
      issues.push({
        path: `${path}/identifier`, code: 'weak-recipient-identifier',
        message: 'Use a random identifier of at least 128 bits (32 hex digits or 22 base64url characters; generateRecipientIdentifier() makes one) or the e-mail address. A short pseudonymous code can be found back from its hash and the salt in seconds.',
      })
    }
  },
)

const rules: Rule = refine(
  object(
    {
      issuer: object({ id: did, name: text(120) }, { url: httpUrl, email: matches(/^[^@\s]+@[^@\s]+$/, 'invalid-email', 'Give an e-mail address'), image }),
      recipient,
      achievement: object(
        { id: identifier, name: text(MAX_ACHIEVEMENT_NAME), description: text(1000, { multiline: true }), criteria: text(2000, { multiline: true }) },
        {
          achievementType: vocabulary(ACHIEVEMENT_TYPES, 'invalid-achievement-type', 'achievement type'),
          image,
          inLanguage: oneOf(['nl', 'en']),
          alignments: array(
            object(
              { targetName: text(200), targetUrl: httpUrl },
              { targetDescription: text(500), targetCode: text(100), targetFramework: text(200), targetType: vocabulary(ALIGNMENT_TARGET_TYPES, 'invalid-target-type', 'alignment target type') },
            ),
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

const imageOf = (input: ImageInput): Image => ({ id: input.id, type: 'Image', ...(input.caption ? { caption: input.caption } : {}) })

/** Checks `input` and throws every problem at once. */
export function assertOpenBadgeInput(input: OpenBadgeInput): void {
  assertValid(rules, input)
}

/**
 * The unsigned OpenBadgeCredential for `input` (validated), with the recipient salted and hashed.
 * Keys appear in a fixed order, so the same input and salt give the same JSON.
 */
export function buildOpenBadgeCredential(input: OpenBadgeInput): { readonly credential: OpenBadgeCredential; readonly salt: string } {
  assertOpenBadgeInput(input)
  const salt = input.recipient.salt ?? randomBytes(16).toString('hex')
  const { achievement, issuer } = input
  const identity = input.recipient.identityType === 'emailAddress' ? normaliseEmailAddress(input.recipient.identifier) : input.recipient.identifier
  const credential: OpenBadgeCredential = {
    '@context': [...OPEN_BADGE_CONTEXT],
    id: input.id ?? `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: {
      id: issuer.id,
      type: ['Profile'],
      name: issuer.name,
      ...(issuer.url ? { url: issuer.url } : {}),
      ...(issuer.email ? { email: issuer.email } : {}),
      ...(issuer.image ? { image: imageOf(issuer.image) } : {}),
    },
    validFrom: toDateTime(input.validFrom),
    ...(input.validUntil ? { validUntil: toDateTime(input.validUntil) } : {}),
    credentialSubject: {
      id: input.recipient.id ?? `urn:uuid:${randomUUID()}`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', hashed: true, identityHash: hashRecipient(identity, salt), identityType: input.recipient.identityType, salt }],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        ...(achievement.achievementType ? { achievementType: achievement.achievementType } : {}),
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        ...(achievement.image ? { image: imageOf(achievement.image) } : {}),
        ...(achievement.alignments ? { alignment: achievement.alignments.map((alignment): Alignment => ({ type: ['Alignment'], ...alignment })) } : {}),
        ...(achievement.inLanguage ? { inLanguage: achievement.inLanguage } : {}),
      },
    },
    ...credentialTail(input),
  }
  return { credential, salt }
}
