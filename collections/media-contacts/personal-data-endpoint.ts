import type { PayloadHandler } from 'payload'
import { isEditorUser } from '../../access/roles'
import { personalData } from '../../lib/contacts-book/personal-data'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/media-contacts/:id/personal-data.json (editors and admins): everything held about one contact, for a
 * subject access request. Editors, because answering one is a decision about personal data, like erasing it.
 */
export const personalDataEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to export a contact’s data.')
  if (!isEditorUser(req.user)) return problem(403, 'Only editors and admins can export a contact’s personal data.')
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id < 1 || id > 2 ** 31 - 1) return problem(404, 'No such contact.')
  const data = await personalData(req.payload, id, req.user)
  if (!data) return problem(404, 'No such contact.')
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="media-contact-${id}-personal-data.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
