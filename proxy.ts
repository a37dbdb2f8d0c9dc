import { type NextRequest, NextResponse } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks German unless the user chose English in their account (which sets the
 * cookie); without this, Payload would follow the browser's Accept-Language.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, 'de')
  const response = NextResponse.next({ request })
  response.cookies.set(languageCookie, 'de', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
