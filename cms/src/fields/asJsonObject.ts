/**
 * A typed object (a signed credential, a public JWK) as the value of a `json` field. It is plain
 * JSON, but an interface has no index signature, so TypeScript does not take it for Payload's
 * JSON type by itself: this is the one place that says so.
 *
 * @example
 * await payload.create({ collection: 'award-files', data: { ...files, credential: asJsonObject(signed.credential) } })
 */
export const asJsonObject = (value: object): Record<string, unknown> => value as Record<string, unknown>
