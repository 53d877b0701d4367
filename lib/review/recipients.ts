import type { PayloadRequest } from 'payload'
import { EDITOR_ROLES } from '../../access/roles'

export type Recipient = { id: number; email: string; name: string }
const select = { email: true, name: true } as const

/**
 * Users are private to admins through the API, but whoever may review, and a release's author, must be reachable
 * whoever triggered the email: read with overrideAccess, in the caller's transaction, and only names and addresses.
 * Nobody is told what they have just done themselves.
 */
export async function reviewers(req: PayloadRequest): Promise<Recipient[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    overrideAccess: true,
    req,
    pagination: false,
    depth: 0,
    select,
    sort: 'email',
    where: { and: [{ role: { in: EDITOR_ROLES } }, { id: { not_equals: req.user?.id ?? 0 } }] },
  })
  return docs as Recipient[]
}

export async function authorOf(req: PayloadRequest, author: unknown): Promise<Recipient | null> {
  const id = typeof author === 'object' && author ? (author as { id: unknown }).id : author
  if (typeof id !== 'number' || id === req.user?.id) return null
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    overrideAccess: true,
    req,
    depth: 0,
    select,
    disableErrors: true,
  })
  return (user as Recipient | null) ?? null
}
