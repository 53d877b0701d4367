import { Kind, parse } from 'graphql'
import type { RequestParams } from 'graphql-http'

// Only what anyone may read and every anonymous reader sees alike: the public collections and the settings global.
const PUBLIC_READ = /^\/api\/(releases|topics|contacts|experts|media)(\/[\w-]+)?$|^\/api\/globals\/settings$/

/** Whether a GraphQL document only reads: logins, resets and other mutations are never answered from memory. */
function readsOnly(query: unknown): boolean {
  if (typeof query !== 'string') return false
  try {
    return parse(query, { noLocation: true }).definitions.every(
      (d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query',
    )
  } catch {
    return false
  }
}

/**
 * The key an anonymous API request's answer is kept under, or undefined when it must always be worked out afresh.
 * The caller decides that the request is anonymous and carries nothing credential-like (lib/api/staff-user.ts).
 * Query parameters are sorted, so the same question asked in another order is the same question. A GraphQL request
 * is keyed by what graphql-http parsed from it (lib/api/graphql-params.ts), never by its bytes.
 */
export function answerKey(
  method: string,
  url: URL,
  origin: string | null,
  graphql?: RequestParams,
): string | undefined {
  // CORS headers in an answer depend on the asking page's origin.
  const from = origin ?? ''
  if (method === 'GET' && PUBLIC_READ.test(url.pathname)) {
    const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)))
    return `GET ${from} ${url.pathname}?${new URLSearchParams(params)}`
  }
  if (method === 'POST' && graphql && readsOnly(graphql.query)) {
    const { query, variables, operationName, extensions } = graphql
    return `GRAPHQL ${from} ${JSON.stringify([query, variables ?? null, operationName ?? null, extensions ?? null])}`
  }
  return undefined
}
