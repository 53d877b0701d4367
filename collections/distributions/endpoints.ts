import type { PayloadHandler, PayloadRequest } from 'payload'
import { isEditorUser } from '../../access/roles'
import { recordAudit } from '../../lib/audit/record'
import { sampleEmail } from '../../lib/distribution/sample-email'
import { cancelDistribution, sendDistribution } from '../../lib/distribution/send'
import type { User } from '../../payload-types'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const idOf = (req: PayloadRequest) => {
  const id = Number(req.routeParams?.id)
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}
const readable = (req: PayloadRequest, id: number) =>
  req.payload
    .findByID({ collection: 'distributions', id, depth: 0, overrideAccess: false, user: req.user })
    .catch(() => null)

/** POST /api/distributions/:id/send and /cancel: editors and admins only; contributors prepare, editors send. */
const editorAction =
  (action: typeof sendDistribution, verb: string): PayloadHandler =>
  async (req) => {
    if (!req.user) return problem(401, `Log in to ${verb} a distribution.`)
    if (!isEditorUser(req.user)) return problem(403, `Only editors and admins can ${verb} a distribution.`)
    const id = idOf(req)
    if (!id) return problem(404, 'No such distribution.')
    const { status, message, sendsAt } = await action(req.payload, id, req.user as User)
    if (status === 200 && verb === 'send') {
      const sent = await readable(req, id)
      const subject = { collection: 'distributions', id, title: sent?.subject }
      const after = `${message} Sends at ${sendsAt}.`
      await recordAudit(req, { action: 'distribution.sent', subject, field: 'status', before: 'draft', after })
    }
    return status === 200 ? Response.json({ message, sendsAt }) : problem(status, message)
  }

export const sendEndpoint = editorAction(sendDistribution, 'send')
export const cancelEndpoint = editorAction(cancelDistribution, 'cancel')

/** GET /api/distributions/:id/preview: the email as it will read, for anyone on the staff preparing it. */
export const previewEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to preview a distribution.')
  const id = idOf(req)
  const d = id ? await readable(req, id) : null
  if (!d) return problem(404, 'No such distribution.')
  const sample = await sampleEmail(req.payload, d)
  if (!sample) return problem(400, 'The release has no approved version yet: there is nothing to send.')
  const { subject, text, html } = sample.email
  return Response.json({ subject, text, html, sampleOf: sample.sampleOf }, { headers: { 'Cache-Control': 'no-store' } })
}

/** POST /api/distributions/:id/test: the email, now, to the signed-in person's own address and nobody else. */
export const testSendEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to send yourself a test.')
  const id = idOf(req)
  const d = id ? await readable(req, id) : null
  if (!d) return problem(404, 'No such distribution.')
  const user = req.user as User
  const sample = await sampleEmail(req.payload, d, user)
  if (!sample) return problem(400, 'The release has no approved version yet: there is nothing to send.')
  try {
    await req.payload.sendEmail({ ...sample.email, to: user.email, subject: `[Test] ${sample.email.subject}` })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return problem(502, `The mail server did not take the test: ${reason.slice(0, 200)}`)
  }
  return Response.json({ message: `Test sent to ${user.email}.` })
}
