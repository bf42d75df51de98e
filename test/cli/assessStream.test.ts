// The NDJSON stream behind `doorstart assess`, in process: chunk boundaries, CRLF, bounded lines.
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { builtinLadders, compileLadder } from '@doorstart/ladder'
import { assessStream, type AssessStreamOptions } from '@doorstart/cli'

const ladder = compileLadder(builtinLadders.participatieladder)
const options: AssessStreamOptions = { asOf: '2026-03-01', output: 'placement', checkFacts: true }

async function run(chunks: string[], extra: Partial<AssessStreamOptions> = {}): Promise<{ lines: unknown[]; records: number; failed: number }> {
  const output = new PassThrough()
  let text = ''
  output.on('data', (chunk: Buffer) => { text += chunk.toString('utf8') })
  const result = await assessStream(Readable.from(chunks), output, ladder, { ...options, ...extra })
  return { ...result, lines: text.trim() === '' ? [] : text.trim().split('\n').map((line) => JSON.parse(line) as unknown) }
}

describe('assessStream', () => {
  it('joins records split across chunks and accepts CRLF line ends', async () => {
    const { lines } = await run(['{"socialCont', 'actsPerWeek": 2}\r\n{"paidWork": {"hoursPer', 'Week": 30, "support": []}}'])
    expect(lines).toEqual([
      { line: 1, rung: 'sociale-contacten', provisional: true },
      { line: 2, rung: 'betaald-werk', provisional: false },
    ])
  })

  it('skips empty lines but keeps counting them for line numbers', async () => {
    const { lines, records } = await run(['\n\n{"socialContactsPerWeek": 0}\n'])
    expect(records).toBe(1)
    expect(lines).toEqual([{ line: 3, rung: 'geisoleerd', provisional: true }])
  })

  it('turns a line longer than the limit into an error record and goes on, without keeping it in memory', async () => {
    const long = `{"note": "${'x'.repeat(5_000)}"}`
    const { lines, failed } = await run([long.slice(0, 2_000), long.slice(2_000), '\n{"socialContactsPerWeek": 1}\n'], { maxLineLength: 1_000 })
    expect(failed).toBe(1)
    expect(lines).toEqual([
      { line: 1, error: { code: 'line-too-long', path: '', message: 'Line 1 is longer than 1000 characters.' } },
      { line: 2, rung: 'sociale-contacten', provisional: true },
    ])
  })

  it('reports progress every so many records', async () => {
    const seen: number[] = []
    await run([Array.from({ length: 25 }, () => '{}').join('\n')], { onProgress: (records) => seen.push(records), progressEvery: 10 })
    expect(seen).toEqual([10, 20, 25])
  })
})
