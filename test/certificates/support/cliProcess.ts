// Runs the certificates CLI as the doorstart bin will: `tsx cliProcess.ts credential verify …`.
import { runCertificatesCli } from '../../../packages/certificates/src/index.js'

process.exitCode = await runCertificatesCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
