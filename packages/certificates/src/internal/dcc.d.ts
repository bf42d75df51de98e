// Minimal types for the Digital Credentials Consortium's JavaScript packages (they ship none),
// covering only what internal/dataIntegrity.ts calls.
declare module '@digitalcredentials/vc' {
  export function issue(options: { credential: object; suite: unknown; documentLoader: unknown; now?: string | Date }): Promise<Record<string, unknown>>
  export function verifyCredential(options: {
    credential: object
    suite: unknown
    documentLoader: unknown
    checkStatus?: () => Promise<{ verified: boolean }>
    now?: string | Date
  }): Promise<{ verified: boolean; error?: { name?: string; message?: string; errors?: readonly { name?: string; message?: string }[] } }>
}
declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date | null })
  }
}
declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}
declare module '@digitalcredentials/ed25519-multikey' {
  export function fromJwk(options: { jwk: object; secretKey?: boolean; id?: string; controller?: string }): Promise<{ signer(): unknown; publicKeyMultibase: string }>
}
declare module '@digitalcredentials/security-document-loader' {
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): { build(): (url: string) => Promise<{ document: unknown; documentUrl: string; contextUrl: string | null }> }
}
