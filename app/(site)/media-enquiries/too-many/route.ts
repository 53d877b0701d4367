import { payload } from '@/lib/data/payload'
import { getSettings } from '@/lib/data/settings'
import { clientIp } from '@/lib/enquiries/client-ip'
import { enquiryLimits } from '@/lib/enquiries/limits'
import { peekRateLimit } from '@/lib/enquiries/rate-limit'
import { tooManyPage } from '@/lib/enquiries/too-many-page'

export const dynamic = 'force-dynamic'

/**
 * Where the form sends a reader over the enquiry limit: HTTP 429 with the minutes to wait, worked out again here
 * from the database, so the status is true for whoever asks. Anyone under the limit goes back to the form.
 */
export async function GET(request: Request) {
  const check = await peekRateLimit(await payload(), clientIp(request.headers), enquiryLimits().rateLimit)
  if (check.allowed) return new Response(null, { status: 303, headers: { Location: '/media-enquiries' } })
  const body = tooManyPage(await getSettings(), check.retryAfterMinutes)
  return new Response(body, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(check.retryAfterMinutes * 60),
      'Cache-Control': 'no-store',
    },
  })
}
