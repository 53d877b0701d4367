import type { Payload } from 'payload'
import { guardRoute } from '../../lib/api/guard-route'

type Route = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Payload's REST and GraphQL routes as the app mounts them (behind the same guards), called with a Request, as a
 * browser or a client would call them: for tests that try every way in.
 */
export async function apiRoutes(payload: Payload) {
  const { default: config } = await import('../../payload.config')
  const routes = await import('@payloadcms/next/routes')
  const guard = (route: Route) => guardRoute('rest', route, async () => payload)
  const rest: Record<Method, Route> = {
    GET: guard(routes.REST_GET(config)),
    POST: guard(routes.REST_POST(config)),
    PATCH: guard(routes.REST_PATCH(config)),
    DELETE: guard(routes.REST_DELETE(config)),
  }
  const graphql = guardRoute('graphql', routes.GRAPHQL_POST(config), async () => payload)
  return {
    /** /api/<path> with these headers, and a JSON body when one is given. */
    rest: (method: Method, path: string, headers: Record<string, string> = {}, body?: unknown) =>
      rest[method](
        new Request(`http://localhost:3000/api/${path}`, {
          method,
          headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
        { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) },
      ),
    graphql: (query: string, headers: Record<string, string> = {}) =>
      graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        }),
        { params: Promise.resolve({ slug: ['graphql'] }) },
      ),
  }
}
