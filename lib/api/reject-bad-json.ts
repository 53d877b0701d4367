type Handler<C> = (request: Request, context: C) => Promise<Response>

const isJson = (type: string | null) => Boolean(type && /^application\/([\w.+-]*\+)?json\b/i.test(type))
const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

function problemWith(body: string): string | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return 'The request body is not valid JSON.'
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'The request body must be a JSON object.'
}

/**
 * Payload takes a JSON body that does not parse, or parses to something other than an object, as a plain value
 * and then fails on it with a 500. That is the client's mistake: answer 400 with a message before Payload sees it.
 */
export const rejectBadJson =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    if (isJson(request.headers.get('content-type'))) {
      const body = await request.clone().text()
      const problem = body.trim() ? problemWith(body) : undefined
      if (problem) return badRequest(problem)
    }
    return handler(request, context)
  }
