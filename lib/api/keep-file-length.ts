import { FILE_LENGTH_HEADER } from '../../server/file-length.mjs'

type Handler<C> = (request: Request, context: C) => Promise<Response>

/** Hands a response's Content-Length to our server (server/file-length.mjs), since Next would drop it. */
export const keepFileLength =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    const response = await handler(request, context)
    const length = response.headers.get('content-length')
    if (!length) return response
    const headers = new Headers(response.headers)
    headers.set(FILE_LENGTH_HEADER, length)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
