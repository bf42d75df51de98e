// The process behind the `doorstart` bin (bin/doorstart.js imports this file once built).
import { runCli } from './runCli.js'

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`doorstart assess … | head`) is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code },
  (error: unknown) => {
    process.stderr.write(`doorstart: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 3
  },
)
