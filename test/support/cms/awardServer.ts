// A CMS server process without Next.js: Payload (migrations, seed, the awards job runner) and its
// REST API over node:http, as serveRestApi does. The crash test kills it with SIGKILL mid-run and
// starts another on the same database. Prints `ready <url>` once it listens.
//
//   DATABASE_URL=… PORT=0 npx tsx test/support/cms/awardServer.ts
import { getPayload } from 'payload'
import config from '../../../cms/src/payload.config'
import { serveRestApi } from './serveRestApi'

const key = process.env.DATABASE_URL ?? 'award-server'
await getPayload({ config, key })
const server = await serveRestApi(config, key, Number(process.env.PORT || 0))
console.log(`ready ${server.url}`)
