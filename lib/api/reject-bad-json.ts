type Handler<C> = (request: Request, context: C) => Promise<Response>

const isJson = (type: string | null) => Boolean(type && /^application\/([\w.+-]*\+)?json\b/i.test(type))

/**
 * Payload reads a JSON body that does not parse as a plain string and then fails on it with a 500. A client's
 * broken JSON is the client's mistake: answer 400 with a message before Payload sees it.
 */
export const rejectBadJson =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    if (isJson(request.headers.get('content-type'))) {
      const body = await request.clone().text()
      if (body.trim()) {
        try {
          JSON.parse(body)
        } catch {
          return Response.json({ errors: [{ message: 'The request body is not valid JSON.' }] }, { status: 400 })
        }
      }
    }
    return handler(request, context)
  }
