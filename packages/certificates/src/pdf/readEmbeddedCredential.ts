import { inflateSync } from 'node:zlib'

/**
 * Reads the credential that {@link renderCertificate} embedded in a PDF: the JWT of
 * `credential.jwt` (`application/vc+jwt`), or the JSON text of `credential.json` (`application/vc`,
 * a Data Integrity credential). {@link verifyCredential} takes either as it is. Only understands
 * PDFs written by this package; returns undefined when there is no embedded credential.
 *
 * @example
 * ```ts
 * const embedded = readEmbeddedCredential(await readFile('getuigschrift.pdf'))
 * if (embedded) console.log((await verifyCredential(embedded, { trustedIssuers })).verified)
 * ```
 */
export function readEmbeddedCredential(pdf: Uint8Array): string | undefined {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const source = bytes.toString('latin1')
  return embeddedStream(bytes, source, source.indexOf('/Subtype /application#2Fvc+jwt')) ??
    embeddedStream(bytes, source, source.search(/\/Subtype \/application#2Fvc(?![+\w])/))
}

function embeddedStream(bytes: Buffer, source: string, marker: number): string | undefined {
  if (marker < 0) return undefined
  const dictStart = source.lastIndexOf('<<', source.lastIndexOf('/Type /EmbeddedFile', marker))
  const streamStart = source.indexOf('stream', marker)
  if (dictStart < 0 || streamStart < 0) return undefined
  const dict = source.slice(dictStart, streamStart)
  const length = /\/Length (\d+)/.exec(dict)?.[1]
  if (!length) return undefined
  // The stream data starts after the end-of-line that follows the keyword.
  const dataStart = streamStart + 'stream'.length + (source[streamStart + 6] === '\r' ? 2 : 1)
  const data = bytes.subarray(dataStart, dataStart + Number(length))
  try {
    // A credential is a few kilobytes; the limit keeps a hostile PDF from inflating without end.
    const content = dict.includes('/FlateDecode') ? inflateSync(data, { maxOutputLength: 1_000_000 }) : data
    return content.toString('utf8').trim()
  } catch {
    return undefined
  }
}
