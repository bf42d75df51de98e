/**
 * The `achievementType` values of 1EdTech's Open Badges 3.0 JSON Schema (`AchievementType`
 * enumeration). Anything else must carry the `ext:` prefix, e.g. `ext:Getuigschrift`.
 */
export const ACHIEVEMENT_TYPES = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge',
  'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency',
  'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment',
  'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate',
  'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const

/**
 * The `targetType` values of an Alignment in the OB 3.0 JSON Schema (`AlignmentTargetType`).
 * Anything else must carry the `ext:` prefix, e.g. `ext:LadderRung`.
 */
export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL',
] as const

/** A name from OB 3.0's extension pattern: `ext:` then letters, digits, `.`, `-` or `_`. */
export type ExtensionTerm = `ext:${string}`

/** An OB 3.0 achievement type: one of {@link ACHIEVEMENT_TYPES} or an `ext:` term, e.g. `ext:Praktijkverklaring`. */
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number] | ExtensionTerm

/** An OB 3.0 alignment target type: one of {@link ALIGNMENT_TARGET_TYPES} or an `ext:` term, e.g. `ext:LadderRung`. */
export type AlignmentTargetType = (typeof ALIGNMENT_TARGET_TYPES)[number] | ExtensionTerm

/**
 * An image in a credential (OB 3.0 `Image`): the achievement's badge image, the issuer's logo.
 * `id` is an https URL the image is served at, or a `data:image/png;base64,…` / `data:image/svg+xml;…` URI.
 */
export interface ImageInput {
  readonly id: string
  /** Alternative text, e.g. `Badge Fietsherstel of Pluspunt`. */
  readonly caption?: string
}

/**
 * The credential's recipient. Only a salted SHA-256 hash of the identifier goes into the credential.
 *
 * - `emailAddress`: the address is normalised (trimmed, lower-cased) before hashing, so the
 *   recipient can prove it with the address as they type it.
 * - `identifier`: a random identifier of at least 128 bits given to the participant (see
 *   `generateRecipientIdentifier`). A short pseudonymous code (e.g. `P-7F3K`, 36⁴ values) is refused
 *   with `weak-recipient-identifier`: with the salt, which is in the credential, it is found in seconds.
 */
export interface RecipientInput {
  readonly identityType: 'emailAddress' | 'identifier'
  readonly identifier: string
  /** Defaults to 16 random bytes (hex). Keep it with the award so the recipient can prove the badge is theirs. */
  readonly salt?: string
  /**
   * `credentialSubject.id` (and the JWT `sub`): the recipient's wallet DID when known. Defaults to
   * a fresh `urn:uuid:` that says nothing about the person.
   */
  readonly id?: string
}

/** Where the achievement sits in a framework: a ladder rung, a learning goal, an SBB work process. */
export interface OpenBadgeAlignmentInput {
  readonly targetName: string
  readonly targetUrl: string
  readonly targetDescription?: string
  readonly targetCode?: string
  readonly targetFramework?: string
  /** One of {@link ALIGNMENT_TARGET_TYPES} or an `ext:` term, e.g. `ext:LadderRung`. */
  readonly targetType?: AlignmentTargetType
}

/**
 * What a credential says, for {@link issueDataIntegrityCredential} and {@link issueJwtCredential}.
 * Everything that 1EdTech's OB 3.0 JSON Schema would refuse is refused here first, with a
 * {@link CertificateInputError} naming the field.
 *
 * @example
 * ```ts
 * const input: OpenBadgeInput = {
 *   issuer: { id: 'did:web:pluspunt.example:centres:rotterdam', name: 'Stichting Pluspunt', url: 'https://pluspunt.example' },
 *   recipient: { identityType: 'emailAddress', identifier: 'Zoe@Example.org' },
 *   achievement: {
 *     id: 'https://pluspunt.example/achievements/fietsherstel', name: 'Fietsherstel',
 *     description: 'Repairs bicycles in the neighbourhood workshop.', criteria: 'Shown in practice for 3 months.',
 *     achievementType: 'ext:Getuigschrift',
 *     image: { id: 'https://pluspunt.example/badges/getuigschrift.png', caption: 'Badge getuigschrift Pluspunt' },
 *   },
 *   validFrom: '2026-03-03',
 *   status: { statusListCredential: 'https://pluspunt.example/status/rotterdam', statusListIndex: 42 },
 * }
 * ```
 */
export interface OpenBadgeInput {
  /** The issuing centre. `id` is its `did:web` (see `didWebFromUrl`), which must also prefix the signing key's id. */
  readonly issuer: {
    readonly id: string
    readonly name: string
    readonly url?: string
    readonly email?: string
    readonly image?: ImageInput
  }
  readonly recipient: RecipientInput
  readonly achievement: {
    /** A URL identifying the achievement definition. */
    readonly id: string
    /** Up to 200 characters. */
    readonly name: string
    readonly description: string
    /** What someone must show to earn it. */
    readonly criteria: string
    /** Defaults to none; `ext:Getuigschrift`, `ext:Praktijkverklaring` or `Certificate` suit the three kinds. */
    readonly achievementType?: AchievementType
    /** The badge image, typically one per centre and kind. */
    readonly image?: ImageInput
    readonly alignments?: readonly OpenBadgeAlignmentInput[]
    readonly inLanguage?: 'nl' | 'en'
  }
  /** YYYY-MM-DD or an ISO date-time with zone. */
  readonly validFrom: string
  readonly validUntil?: string
  readonly evidence?: readonly { readonly id?: string; readonly name?: string; readonly narrative?: string }[]
  /** The credential's place in the centre's revocation list (see `createStatusList`). */
  readonly status?: { readonly statusListCredential: string; readonly statusListIndex: number }
  /** Defaults to `urn:uuid:` + a random UUID. */
  readonly id?: string
}
