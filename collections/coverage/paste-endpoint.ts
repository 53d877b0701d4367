import type { PayloadHandler } from 'payload'
import { logPasted } from '../../lib/coverage/log-pasted'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/coverage/paste, JSON { release, text }: logs a row for each pasted story address not yet logged for the
 * release, and says why any line was skipped. Staff only; the addresses are read, never fetched.
 */
export const pasteEndpoint: PayloadHandler = async (req) => {
  if (!req.user) return problem(401, 'Log in to log coverage.')
  const body: unknown = await req.json?.().catch(() => undefined)
  const result = await logPasted(req.payload, req.user, body)
  if (!result.ok) return problem(result.status, result.message)
  return Response.json({ added: result.added, skipped: result.skipped })
}
