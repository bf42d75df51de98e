import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A test server and a developer's `npm start` may run at once; each gets its own output folder.
  distDir: process.env.DOORSTART_NEXT_DIR || '.next',
  // Keeps Payload's access errors readable in the server log.
  experimental: { serverMinification: false },
}

export default withPayload(nextConfig)
