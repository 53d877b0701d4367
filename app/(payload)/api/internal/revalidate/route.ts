import { revalidateTag } from 'next/cache'
import { expireApiAnswers } from '@/lib/api/answer-cache'
import { verify } from '@/lib/security/sign'

export const dynamic = 'force-dynamic'

/** Lets jobs and scripts, which run outside any request, expire cached pages. */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!verify('internal', token, 'revalidate')) return Response.json({ error: 'Forbidden' }, { status: 403 })
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags)
    ? body.tags.filter((t): t is string => typeof t === 'string').slice(0, 200)
    : []
  expireApiAnswers()
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
