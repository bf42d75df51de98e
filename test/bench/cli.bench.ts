// The `doorstart assess` CLI over 1,000,000 generated NDJSON records (issue 4): evaluation under
// 2 s on one core, end to end at least half the speed of a bare Node loop that only parses and
// writes the same NDJSON, and resident memory that does not grow with the input.
// Runs the built CLI (packages/cli/dist/main.js, after `npm run build`);
// without a build it runs the TypeScript entry through the tsx loader (slower start-up only).
import { spawnSync } from 'node:child_process'
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { assess, builtinLadders, compileLadder, place, type Facts } from '@doorstart/ladder'

const RECORDS = 1_000_000
const root = fileURLToPath(new URL('../../', import.meta.url))
const built = join(root, 'packages/cli/dist/main.js')
const cliArgs = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'packages/cli/src/main.ts')]
const dir = mkdtempSync(join(tmpdir(), 'doorstart-cli-bench-'))
const big = join(dir, 'facts-1m.ndjson')
const small = join(dir, 'facts-100k.ndjson')
const figures: string[] = []

/** Deterministic facts for the participation ladder, with gaps so that some stay unknown. */
function* generate(count: number): Generator<string> {
  let seed = 42
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  for (let i = 0; i < count; i += 1) {
    const facts: Record<string, unknown> = { socialContactsPerWeek: Math.floor(next() * 4) }
    if (next() < 0.8) facts['organisedActivityHoursPerWeek'] = Math.floor(next() * 6)
    if (next() < 0.7) facts['unpaidWork'] = { hoursPerWeek: Math.floor(next() * 33), withResponsibility: next() < 0.5, workExperiencePlace: next() < 0.3 }
    if (next() < 0.6) facts['paidWork'] = { hoursPerWeek: Math.floor(next() * 3) * 12, support: next() < 0.5 ? [] : ['jobcoach'] }
    yield JSON.stringify({ id: `p${i}`, facts })
  }
}

async function writeRecords(file: string, count: number): Promise<void> {
  const out = createWriteStream(file)
  let buffer = ''
  for (const line of generate(count)) {
    buffer += `${line}\n`
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain')
      buffer = ''
    }
  }
  out.end(buffer)
  await once(out, 'finish')
}

// The baseline: read, split, JSON.parse and JSON.stringify every line, write with backpressure.
const BARE_LOOP = `
import { createReadStream } from 'node:fs'
import { once } from 'node:events'
const input = createReadStream(process.argv[1], { highWaterMark: 1 << 16, encoding: 'utf8' })
let rest = '', out = ''
for await (const chunk of input) {
  const parts = (rest + chunk).split('\\n')
  rest = parts.pop()
  for (const line of parts) if (line) out += JSON.stringify(JSON.parse(line)) + '\\n'
  if (out.length > 65536) { if (!process.stdout.write(out)) await once(process.stdout, 'drain'); out = '' }
}
if (rest) out += JSON.stringify(JSON.parse(rest)) + '\\n'
process.stdout.write(out)
`
const RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))'

function run(args: string[]): { seconds: number; rssMb: number } {
  const started = performance.now()
  // Output goes to /dev/null so the measurement is not about our reading of a pipe.
  const devNull = openSync('/dev/null', 'w')
  const result = spawnSync(process.execPath, ['--import', RSS, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 })
  closeSync(devNull)
  const seconds = (performance.now() - started) / 1000
  // Every generated record is valid, so anything but exit 0 with a silent stderr is a broken run
  // (a missing module answers in milliseconds and would otherwise read as a record speed).
  const complaints = result.stderr.replace(/maxrss=\d+\n/, '').trim()
  if (result.status !== 0 || complaints !== '') throw new Error(`${args.join(' ')} failed (exit ${result.status}): ${complaints}`)
  const rss = /maxrss=(\d+)/.exec(result.stderr)
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN }
}

const results = new Map<string, { seconds: number; rssMb: number }>()
const evaluation = new Map<string, number>()
const measure = (name: string, args: string[]): void => { results.set(name, run(args)) }

beforeAll(async () => {
  await writeRecords(big, RECORDS)
  await writeRecords(small, RECORDS / 10)
  // The timed runs write to /dev/null; first prove on a small file that the CLI answers every record.
  const sample = join(dir, 'facts-1k.ndjson')
  await writeRecords(sample, 1000)
  const check = spawnSync(process.execPath, [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', sample, '--placement'], { encoding: 'utf8' })
  const answered = check.stdout.split('\n').filter((line) => line.includes('"rung"')).length
  if (check.status !== 0 || answered !== 1000) throw new Error(`doorstart assess answered ${answered} of 1000 records (exit ${check.status}): ${check.stderr}`)
}, 600_000)

afterAll(() => {
  const bare = results.get('bare')
  for (const [name, result] of results) {
    const ratio = bare && name !== 'bare' && !name.includes('100k') ? `, ${(bare.seconds / result.seconds).toFixed(2)}× the bare loop's speed` : ''
    figures.push(`${name}: ${result.seconds.toFixed(2)} s, max RSS ${result.rssMb.toFixed(0)} MB${ratio}`)
  }
  for (const [name, seconds] of evaluation) figures.push(`evaluation only, ${name} × ${RECORDS}: ${seconds.toFixed(2)} s`)
  console.log(`\ndoorstart CLI over ${RECORDS.toLocaleString('en')} records\n${figures.join('\n')}`)
  rmSync(dir, { recursive: true, force: true })
})

const once1 = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }

describe('doorstart assess over 1,000,000 NDJSON records', () => {
  bench('bare Node loop: parse + write the same NDJSON', () => { measure('bare', ['--input-type=module', '-e', BARE_LOOP, big]) }, once1)
  bench('doorstart assess --placement', () => {
    measure('assess --placement', [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', big, '--placement'])
  }, once1)
  bench('doorstart assess --placement --no-check-facts', () => {
    measure('assess --placement --no-check-facts', [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', big, '--placement', '--no-check-facts'])
  }, once1)
  bench('doorstart assess (outcomes per criterion)', () => {
    measure('assess (outcomes)', [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', big])
  }, once1)
  bench('doorstart assess with the heap capped at 40 MB (memory does not grow with the input)', () => {
    measure('assess (outcomes), heap capped at 40 MB', ['--max-old-space-size=40', ...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', big])
  }, once1)
  bench('doorstart assess --placement over 100,000 records (memory comparison)', () => {
    measure('assess --placement, 100k records', [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', small, '--placement'])
  }, once1)
  bench('doorstart assess over 100,000 records (memory comparison)', () => {
    measure('assess (outcomes), 100k records', [...cliArgs, 'assess', '--ladder', 'participatieladder', '--as-of', '2026-03-01', '--in', small])
  }, once1)
})

describe('evaluation only, in process, 1,000,000 records', () => {
  let facts: Facts[] = []
  const compiled = compileLadder(builtinLadders.participatieladder)
  // Parsed once, outside the timed part (bench mode does not run nested hooks before benches).
  const load = (): Facts[] => {
    if (facts.length === 0) facts = readFileSync(big, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { facts: Facts }).facts)
    return facts
  }
  bench('place() × 1,000,000', () => {
    const records = load()
    const started = performance.now()
    for (const record of records) place(compiled, record, { asOf: '2026-03-01' })
    evaluation.set('place()', (performance.now() - started) / 1000)
  }, once1)
  bench('assess() × 1,000,000 (outcomes, explanations not read)', () => {
    const records = load()
    const started = performance.now()
    for (const record of records) assess(compiled, record, { asOf: '2026-03-01' })
    evaluation.set('assess()', (performance.now() - started) / 1000)
  }, once1)
})
