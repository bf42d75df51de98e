// Next.js proxy (formerly middleware) in front of the admin and the API: Dutch is the default
// language for everyone, whatever the browser says. Payload picks the language from its
// `payload-lng` cookie (set when a user chooses a language in their account), else from
// Accept-Language; without that cookie we say `nl` in its place. (Sign-in protection is not
// here: it lives in PostgreSQL, shared by every server, see cms/src/auth/throttleSignIn.ts.)
import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'
const LANGUAGES = new Set(['nl', 'en'])

/** The language the user chose in their account (the cookie), else Dutch. */
export const languageFor = (cookie: string | undefined): 'nl' | 'en' =>
  cookie && LANGUAGES.has(cookie) ? (cookie as 'nl' | 'en') : 'nl'

export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers)
  headers.set('accept-language', languageFor(request.cookies.get(LANGUAGE_COOKIE)?.value))
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*', '/admin'] }
