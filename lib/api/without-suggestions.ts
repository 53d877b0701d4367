// GraphQL's validation errors suggest field, argument and type names ("Did you mean "phone"?"): for someone not
// signed in that is a map of fields they may not read. Their answers go out without the suggestions.
const SUGGESTION = / ?Did you mean [^?]*\?/g

type Body = { errors?: { message?: unknown }[] }

export async function withoutSuggestions(response: Response): Promise<Response> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return response
  const text = await response.text()
  const init = { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) }
  if (!text.includes('Did you mean')) return new Response(text, init)
  let body: Body
  try {
    body = JSON.parse(text)
  } catch {
    return new Response(text, init)
  }
  for (const e of body.errors ?? []) if (typeof e.message === 'string') e.message = e.message.replace(SUGGESTION, '')
  init.headers.delete('content-length')
  return new Response(JSON.stringify(body), init)
}
