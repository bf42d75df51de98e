// Rate-limits sign-in and password-reset requests per client address (Next.js proxy, formerly
// middleware). Payload itself locks an account after 5 wrong passwords; this also slows down
// trying many accounts from one address. In memory, per server process.
import { NextResponse, type NextRequest } from 'next/server'

const WINDOW_MS = 60_000
const LIMIT = 20
const attempts = new Map<string, number[]>()

const clientOf = (request: NextRequest): string =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'unknown'

export function proxy(request: NextRequest): NextResponse | undefined {
  if (request.method !== 'POST') return undefined
  const now = Date.now()
  const client = clientOf(request)
  const recent = (attempts.get(client) ?? []).filter((time) => now - time < WINDOW_MS)
  recent.push(now)
  attempts.set(client, recent)
  if (attempts.size > 10_000) attempts.clear()
  if (recent.length <= LIMIT) return undefined
  return NextResponse.json(
    { errors: [{ message: 'Too many sign-in attempts; try again in a minute (rate-limited).' }] },
    { status: 429, headers: { 'Retry-After': String(Math.ceil(WINDOW_MS / 1000)) } },
  )
}

export const config = { matcher: ['/api/users/login', '/api/users/forgot-password'] }
