import type { PayloadHandler } from 'payload'
import { fixLinkShapes } from '../../lib/links/release-links'
import type { Release } from '../../payload-types'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/releases/:id/fix-links: replaces each malformed address in the release's latest version with the one
 * meant, saved as a draft with the caller's own access (a live release stays as it is until an editor publishes).
 */
export const fixLinksEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to fix links.')
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id < 1) return problem(404, 'No such release.')
  const release = await req.payload
    .findByID({
      collection: 'releases',
      id,
      draft: true,
      overrideAccess: false,
      user: req.user,
      depth: 0,
      select: { body: true, notesToEditors: true },
    })
    .catch(() => null)
  if (!release) return problem(404, 'No such release.')
  const { texts, fixed } = fixLinkShapes(release)
  if (!fixed) return Response.json({ fixed: 0 })
  try {
    await req.payload.update({
      collection: 'releases',
      id,
      draft: true,
      overrideAccess: false,
      user: req.user,
      data: texts as Pick<Release, 'body' | 'notesToEditors'>,
    })
  } catch {
    return problem(403, 'You may not change this release.')
  }
  return Response.json({ fixed })
}
