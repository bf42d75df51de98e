import { builtinLadders } from '@doorstart/ladder'
import type { CliIo } from '../CliIo.js'
import { parseCommandLine } from '../parseCommandLine.js'

/** `doorstart ladders [--json]`: the built-in ladders, as a table or JSON. */
export function listLadders(args: readonly string[], io: CliIo): number {
  const { values } = parseCommandLine(args, { json: { type: 'boolean' } })
  const ladders = Object.values(builtinLadders)
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(ladders.map((l) => ({ id: l.id, version: l.version, placement: l.placement, rungs: l.rungs.length, title: l.title })))}\n`)
    return 0
  }
  const width = Math.max(...ladders.map((l) => l.id.length))
  for (const ladder of ladders) {
    const criteria = ladder.rungs.reduce((sum, rung) => sum + rung.criteria.length, 0)
    io.stdout.write(`${ladder.id.padEnd(width)}  ${ladder.version}  ${ladder.placement.padEnd(11)}  ${String(ladder.rungs.length).padStart(2)} rungs  ${String(criteria).padStart(2)} criteria  ${ladder.title.nl ?? ladder.title.en ?? ''}\n`)
  }
  return 0
}
