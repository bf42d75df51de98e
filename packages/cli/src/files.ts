// Reading what the commands are given: files, `-` for stdin, whole streams.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { CliUsageError } from './CliUsageError.js'

/** Reads a whole stream as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** Reads a file (`-`: `stdin`), or throws `unreadable-file`. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  try {
    return file === '-' ? await readAll(stdin) : await readFile(file)
  } catch (error) {
    throw new CliUsageError('unreadable-file', `Cannot read ${file === '-' ? 'stdin' : file}.`, '', { cause: error })
  }
}

/**
 * Parses JSON, or throws `invalid-json` naming what was read. The parser's own message is left
 * out: it quotes the input, which may hold personal data.
 */
export function parseJson(bytes: Buffer | string, what: string): unknown {
  try {
    return JSON.parse(bytes.toString()) as unknown
  } catch (error) {
    throw new CliUsageError('invalid-json', `${what} is not valid JSON.`, '', { cause: error })
  }
}

/** Opens a file to stream, once it is known to be readable, or throws `unreadable-file`. */
export async function openStream(file: string, encoding?: BufferEncoding): Promise<Readable> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16, ...(encoding ? { encoding } : {}) })
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('readable', resolve)
      stream.once('error', reject)
    })
  } catch (error) {
    throw new CliUsageError('unreadable-file', `Cannot read ${file}.`, '', { cause: error })
  }
  return stream
}
