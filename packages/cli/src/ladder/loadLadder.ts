import { builtinLadders, LadderValidationError, validateLadder, type Ladder } from '@doorstart/ladder'
import { CliUsageError } from '../CliUsageError.js'
import { parseJson, readInput } from '../files.js'

/** Reads a JSON file (`unreadable-file`, `invalid-json` otherwise). */
export async function readJsonFile(file: string, stdin: NodeJS.ReadableStream): Promise<unknown> {
  return parseJson(await readInput(file, stdin), file)
}

/**
 * A built-in ladder by id, or a ladder file, validated. A reference that is neither a built-in
 * id nor looks like a path, and a file that does not validate, are usage errors.
 */
export async function loadLadder(reference: string, stdin: NodeJS.ReadableStream): Promise<Ladder> {
  if (Object.hasOwn(builtinLadders, reference)) return builtinLadders[reference] as Ladder
  if (!/[./\\]/.test(reference)) {
    throw new CliUsageError('unknown-ladder', `No built-in ladder "${reference}" and no such file; run "doorstart ladders" for the ids.`)
  }
  const input = await readJsonFile(reference, stdin)
  try {
    return validateLadder(input)
  } catch (error) {
    if (error instanceof LadderValidationError) {
      throw new CliUsageError('invalid-ladder', `${reference} is not a valid ladder (${error.issues.length} issue(s)); run "doorstart validate ${reference}".`, '', { cause: error })
    }
    throw error
  }
}
