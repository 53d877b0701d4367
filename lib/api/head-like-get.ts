type Handler<C> = (request: Request, context: C) => Promise<Response>

/** A HEAD handler from a GET one: the same status and headers (length and type included), no body. */
export const headLikeGet =
  <C>(get: Handler<C>): Handler<C> =>
  async (request, context) => {
    const response = await get(new Request(request.url, { method: 'GET', headers: request.headers }), context)
    await response.body?.cancel().catch(() => undefined)
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
