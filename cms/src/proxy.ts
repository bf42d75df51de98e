// Next.js proxy (formerly middleware) in front of the admin and the API:
// 1. Dutch is the default language for everyone, whatever the browser says. Payload picks the
//    language from its `payload-lng` cookie (set when a user chooses a language in their
//    account), else from Accept-Language; without that cookie we say `nl` in its place.
// 2. Rate-limits sign-in and password-reset requests per client address. Payload itself locks an
//    account after 5 wrong passwords; this also slows down trying many accounts from one
//    address. In memory, per server process.
import { NextResponse, type NextRequest } from 'next/server'

const WINDOW_MS = 60_000
const LIMIT = 20
const attempts = new Map<string, number[]>()
const RATE_LIMITED = new Set(['/api/users/login', '/api/users/forgot-password'])
const LANGUAGE_COOKIE = 'payload-lng'
const LANGUAGES = new Set(['nl', 'en'])

const clientOf = (request: NextRequest): string =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'unknown'

const isRateLimited = (request: NextRequest): boolean => {
  if (request.method !== 'POST' || !RATE_LIMITED.has(request.nextUrl.pathname)) return false
  const now = Date.now()
  const client = clientOf(request)
  const recent = (attempts.get(client) ?? []).filter((time) => now - time < WINDOW_MS)
  recent.push(now)
  attempts.set(client, recent)
  if (attempts.size > 10_000) attempts.clear()
  return recent.length > LIMIT
}

/** The language the user chose in their account (the cookie), else Dutch. */
export const languageFor = (cookie: string | undefined): 'nl' | 'en' =>
  cookie && LANGUAGES.has(cookie) ? (cookie as 'nl' | 'en') : 'nl'

export function proxy(request: NextRequest): NextResponse {
  if (isRateLimited(request)) {
    const dutch = languageFor(request.cookies.get(LANGUAGE_COOKIE)?.value) === 'nl'
    return NextResponse.json(
      {
        errors: [{
          message: dutch
            ? 'Te veel inlogpogingen; probeer het over een minuut opnieuw.'
            : 'Too many sign-in attempts; try again in a minute (rate-limited).',
        }],
      },
      { status: 429, headers: { 'Retry-After': String(Math.ceil(WINDOW_MS / 1000)) } },
    )
  }
  const headers = new Headers(request.headers)
  headers.set('accept-language', languageFor(request.cookies.get(LANGUAGE_COOKIE)?.value))
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*', '/admin'] }
