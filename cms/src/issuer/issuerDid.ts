// A centre's issuer identity is a path did:web the CMS serves itself:
// did:web:<host>:centres:<slug> resolves to <server>/centres/<slug>/did.json.

/**
 * The public address of this CMS: DOORSTART_SERVER_URL, else the request's own origin (behind a
 * proxy, X-Forwarded-Host/-Proto), else http://localhost:<PORT>.
 */
export const serverUrlOf = (headers?: Headers | null): string => {
  const configured = process.env.DOORSTART_SERVER_URL
  if (configured) return configured.replace(/\/+$/, '')
  const host = headers?.get('x-forwarded-host') ?? headers?.get('host')
  if (host) {
    const proto = headers?.get('x-forwarded-proto') ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? 'http' : 'https')
    return `${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`
  }
  return `http://localhost:${process.env.PORT || 3000}`
}

/** `did:web:<host>:centres:<slug>`; a port is written `%3A` as did:web requires. */
export const centreDid = (serverUrl: string, slug: string): string => {
  const url = new URL(serverUrl)
  const pathPart = url.pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(encodeURIComponent)
  return ['did', 'web', encodeURIComponent(url.host), ...pathPart, 'centres', encodeURIComponent(slug)].join(':')
}

/** The centre slug a DID of this CMS names, or null. */
export const slugOfDid = (did: string): string | null => {
  const match = /^did:web:[^:#]+(?::[^:#]+)*:centres:([^:#]+)(?:#.*)?$/.exec(did)
  return match ? decodeURIComponent(match[1]!) : null
}

export const didDocumentUrl = (serverUrl: string, slug: string): string => `${serverUrl}/centres/${encodeURIComponent(slug)}/did.json`

/** Where the centre's signed Bitstring Status List credential is published. */
export const statusListUrl = (serverUrl: string, slug: string): string => `${serverUrl}/centres/${encodeURIComponent(slug)}/status/1`

export const verifyUrlOf = (serverUrl: string, credentialId: string): string => `${serverUrl}/verify/${encodeURIComponent(credentialId)}`
