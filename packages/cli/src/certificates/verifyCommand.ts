import { CredentialError, describeVerification, parseTrustedIssuers, verifyCredentialDocument } from '@doorstart/certificates'
import type { CliIo } from '../CliIo.js'
import { CliUsageError } from '../CliUsageError.js'
import { parseJson, readInput } from '../files.js'
import { parseCommandLine, single } from '../parseCommandLine.js'

/**
 * `doorstart credential verify <jwt-or-pdf|-> --trust <trusted-issuers.json> [--status-list <jwt-file>]... [--at <iso-date>]`:
 * exit 0 when verified, 1 when not (the reason on stderr).
 */
export async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    trust: { type: 'string', multiple: true },
    'status-list': { type: 'string', multiple: true },
    at: { type: 'string', multiple: true },
  })
  const [file] = positionals
  if (file === undefined) throw new CliUsageError('missing-file', 'Give the credential file (a .jwt, or a certificate PDF).')
  const bytes = await readInput(file, io.stdin)
  const trust = parseJson(await readInput(single(values.trust, 'trust', true), io.stdin), 'The --trust file')
  const listFiles = values['status-list'] ?? []
  const statusLists: string[] = []
  for (const list of listFiles) statusLists.push((await readInput(list, io.stdin)).toString('utf8'))
  const at = single(values.at, 'at')
  let result
  try {
    result = await verifyCredentialDocument(bytes, { trustedIssuers: parseTrustedIssuers(trust), statusLists, ...(at ? { at } : {}) })
  } catch (error) {
    // A trust file or status list of the wrong shape is a usage error, named by its file.
    if (error instanceof CredentialError && error.code === 'invalid-trust-file') {
      throw new CliUsageError('invalid-trust-file', `The --trust file must hold { "id": issuer-id, "publicKeys": [public JWK, …] } or a list of them.`, '', { cause: error })
    }
    if (error instanceof CredentialError && error.code === 'invalid-status-list') {
      throw new CliUsageError('invalid-status-list', `${listFiles[Number(error.path.split('/').pop())]} is not a status list VC-JWT.`, '', { cause: error })
    }
    throw error
  }
  ;(result.verified ? io.stdout : io.stderr).write(`${describeVerification(result)}\n`)
  return result.verified ? 0 : 1
}
