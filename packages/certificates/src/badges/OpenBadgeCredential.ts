/** The `@context` of every credential issued here: VC Data Model 2.0, then Open Badges 3.0. */
export const OPEN_BADGE_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const

/** An OB 3.0 `Image`: a badge image or a logo, by https URL or data URI. */
export interface Image {
  readonly id: string
  readonly type: 'Image'
  readonly caption?: string
}

/** The issuer Profile: the centre's legal entity. */
export interface IssuerProfile {
  /** A URL (or DID) that identifies the issuer, e.g. `https://pluspunt.example/issuer` or `did:web:pluspunt.example`. */
  readonly id: string
  readonly type: readonly ['Profile']
  readonly name: string
  readonly url?: string
  readonly email?: string
  readonly image?: Image
}

/** A salted, hashed recipient identifier (`identityHash` is `sha256$` + hex of identifier + salt). */
export interface IdentityObject {
  readonly type: 'IdentityObject'
  readonly hashed: true
  readonly identityHash: string
  readonly identityType: 'emailAddress' | 'identifier'
  readonly salt: string
}

/** An alignment of the achievement to a framework item: a ladder rung, a learning goal, a work process. */
export interface Alignment {
  readonly type: readonly ['Alignment']
  readonly targetName: string
  readonly targetUrl: string
  readonly targetDescription?: string
  readonly targetCode?: string
  readonly targetFramework?: string
  /** E.g. `ext:LadderRung`, `ext:LearningGoal`, `CFItem`. */
  readonly targetType?: string
}

/** The Open Badges 3.0 Achievement. */
export interface Achievement {
  readonly id: string
  readonly type: readonly ['Achievement']
  readonly achievementType?: string
  readonly name: string
  readonly description: string
  readonly criteria: { readonly narrative: string }
  readonly image?: Image
  readonly alignment?: readonly Alignment[]
  readonly inLanguage?: string
}

/** One piece of evidence, e.g. an observation report. */
export interface Evidence {
  readonly type: readonly ['Evidence']
  readonly id?: string
  readonly name?: string
  readonly narrative?: string
}

/** A Bitstring Status List entry for revocation. */
export interface BitstringStatusListEntry {
  readonly id: string
  readonly type: 'BitstringStatusListEntry'
  readonly statusPurpose: 'revocation'
  /** The index as a decimal string, as the W3C spec requires. */
  readonly statusListIndex: string
  readonly statusListCredential: string
}

/**
 * An Open Badges 3.0 `OpenBadgeCredential` (a W3C verifiable credential, VC Data Model 2.0).
 *
 * @example
 * ```ts
 * const { credential } = await issueCredential(options)
 * credential.type //=> ['VerifiableCredential', 'OpenBadgeCredential']
 * credential.credentialSubject.identifier[0].identityHash //=> 'sha256$…'
 * ```
 */
export interface OpenBadgeCredential {
  readonly '@context': readonly string[]
  readonly id: string
  readonly type: readonly ['VerifiableCredential', 'OpenBadgeCredential']
  readonly name: string
  readonly issuer: IssuerProfile
  readonly validFrom: string
  readonly validUntil?: string
  readonly credentialSubject: {
    /** Set by the Data Integrity and JWT forms (the JWT `sub`); absent in legacy credentials. */
    readonly id?: string
    readonly type: readonly ['AchievementSubject']
    readonly identifier: readonly [IdentityObject]
    readonly achievement: Achievement
  }
  readonly evidence?: readonly Evidence[]
  readonly credentialStatus?: BitstringStatusListEntry
}

/** An `eddsa-rdfc-2022` Data Integrity proof (W3C VC Data Integrity EdDSA Cryptosuites). */
export interface DataIntegrityProof {
  readonly type: 'DataIntegrityProof'
  readonly cryptosuite: 'eddsa-rdfc-2022'
  readonly created?: string
  /** The DID URL of the key, e.g. `did:web:pluspunt.example#key-1`. */
  readonly verificationMethod: string
  readonly proofPurpose: 'assertionMethod'
  readonly proofValue: string
}

/**
 * An OpenBadgeCredential with its embedded Data Integrity proof, as wallets and the CMS's verify
 * page take it. `proof` is a list (of one), as 1EdTech's OB 3.0 JSON Schema requires.
 *
 * @example
 * ```ts
 * const { credential } = await issueDataIntegrityCredential(badgeInput, key)
 * credential.proof[0].cryptosuite //=> 'eddsa-rdfc-2022'
 * ```
 */
export interface SignedOpenBadgeCredential extends OpenBadgeCredential {
  readonly proof: readonly [DataIntegrityProof, ...DataIntegrityProof[]]
}
