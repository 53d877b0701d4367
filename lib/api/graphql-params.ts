// The GraphQL route's body as the route itself reads it: Payload hands each request to graphql-http, whose parser
// decides what counts as JSON (spacing, case and charset in Content-Type included) and what the query is. The
// budget and the answer cache read the same parse, so a body sent as `application/ json` is measured exactly when
// it would be run.
import type { RequestParams } from 'graphql-http'
import { parseRequestParams } from 'graphql-http/lib/use/fetch'

export type GraphqlRead = { params: RequestParams } | { refusal: Response }

/**
 * The operation graphql-http would run for this body, or the answer it would give instead of running anything (415
 * for a body it does not read, 400 for one it cannot): given here, before Payload reads a multipart body it would
 * fail on with a 500.
 */
export async function readGraphql(url: string, headers: Headers, body: Uint8Array): Promise<GraphqlRead> {
  try {
    const params = await parseRequestParams(new Request(url, { method: 'POST', headers, body: body.slice() }))
    return params instanceof Response ? { refusal: params } : { params }
  } catch (error) {
    return { refusal: Response.json({ errors: [{ message: (error as Error).message }] }, { status: 400 }) }
  }
}
