const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * A plain page for a sign-in that cannot go on, saying why in words and where to go next. No script, no style but
 * the browser's: it must show whatever is wrong with the rest of the site.
 */
export function signInProblem(status: number, title: string, reason: string, headers: HeadersInit = {}): Response {
  const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(reason)}</p>
<p><a href="/admin/login">Back to sign-in</a></p>
</main>
</body>
</html>
`
  const answer = new Headers(headers)
  answer.set('Content-Type', 'text/html; charset=utf-8')
  answer.set('Cache-Control', 'no-store')
  return new Response(html, { status, headers: answer })
}
