import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A test server and a developer's `npm start` may run at once; each gets its own output folder.
  distDir: process.env.DOORSTART_NEXT_DIR || '.next',
  // Keeps Payload's access errors readable in the server log.
  experimental: { serverMinification: false },
  // `next dev` refuses its HMR socket to any origin but localhost unless listed: at
  // http://127.0.0.1:3000 the admin would stay blank.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
}

export default withPayload(nextConfig)
