import type { PayloadHandler } from 'payload'
import { roleOf } from '../../access/roles'

const answer = (status: number, message: string) => Response.json({ message }, { status })

/**
 * POST /api/users/:id/unlock-sign-in (admins): lets a member of staff sign in again from any browser at once, after
 * a guesser made their account pause sign-ins from unknown browsers. Moving the account's sign-in epoch starts its
 * failure count afresh and forgets which browsers it knew.
 */
export const unlockSignIn: PayloadHandler = async (req) => {
  if (roleOf({ req }) !== 'admin') return answer(403, 'Only an administrator can unlock an account.')
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id < 1) return answer(404, 'No such account.')
  const user = await req.payload.db.findOne<{ id: number; signInEpoch?: number | null }>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })
  if (!user) return answer(404, 'No such account.')
  await req.payload.db.updateOne({
    collection: 'users',
    id,
    data: { signInEpoch: (user.signInEpoch ?? 0) + 1 },
    req,
  })
  return answer(200, 'Unlocked: they can sign in again from any browser.')
}
