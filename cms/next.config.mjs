import { withPayload } from '@payloadcms/next/withPayload'
import { verifyRewrites } from './src/verify/verifyRewrites.mjs'

const development = process.env.NODE_ENV === 'development'

// The admin and every public page: never framed by another site, no MIME sniffing, no full URLs
// in the Referer sent elsewhere. Next.js's inline bootstrap scripts need 'unsafe-inline'; the
// development server also evaluates code and talks over a web socket.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? ' ws: wss:' : ''}`,
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Test servers and a developer's `npm start` may run at once; each gets its own output folder.
  distDir: process.env.DOORSTART_NEXT_DIR || '.next',
  poweredByHeader: false,
  // `npm start` listens on 127.0.0.1: the development server must accept its own address too.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // `npm run typecheck` checks the types; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Loaded by Node, not bundled: pdfkit reads its data files (colour profile, AFM metrics) next to
  // its own code, which a bundle no longer is.
  serverExternalPackages: ['pdfkit'],
  // The verification page is served from Next.js's cache (src/verify/verifyRoute.tsx): a rendering
  // is never served older than the status list's cache lifetime (STATUS_LIST_MAX_AGE_SECONDS, in
  // src/issuer/statusListMaxAge.ts); no other page is cached.
  expireTime: 60,
  experimental: {
    // Cached renderings stay in memory: test servers with their own databases share one output
    // folder, and a restarted server renders afresh.
    isrFlushToDisk: false,
    // Keeps Payload's access errors readable in the server log.
    serverMinification: false,
    // No development MCP endpoint (/_next/mcp): it would serve source and logs unauthenticated.
    mcpServer: false,
  },
  rewrites: async () => ({ beforeFiles: verifyRewrites(), afterFiles: [], fallback: [] }),
  headers: async () => [
    { source: '/:path*', headers: securityHeaders },
    // The verification page answers in the visitor's language at one address, and says "revoked"
    // as soon as a centre revokes: browsers check again, shared caches keep nothing.
    { source: '/verify/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-cache' }] },
  ],
}

export default withPayload(nextConfig)
