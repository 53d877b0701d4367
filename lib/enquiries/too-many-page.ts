import type { SiteSetting } from '../../payload-types'
import { telHref } from '../text/format'

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export const minutesText = (minutes: number) => `${minutes} minute${minutes === 1 ? '' : 's'}`

/**
 * The page sent with HTTP 429. A route handler cannot render the React layout, so this is a small page of its own
 * in the same colours, with the ways to reach the press office that do not depend on the form.
 */
export function tooManyPage(
  settings: Pick<SiteSetting, 'organisationName' | 'pressEmail' | 'outOfHoursPhone'>,
  minutes: number,
) {
  const name = escape(settings.organisationName || 'Newsroom')
  const phone = settings.outOfHoursPhone
    ? `<li>phone <a href="${escape(telHref(settings.outOfHoursPhone))}">${escape(settings.outOfHoursPhone)}</a></li>`
    : ''
  const email = settings.pressEmail
    ? `<li>email <a href="mailto:${escape(settings.pressEmail)}">${escape(settings.pressEmail)}</a></li>`
    : ''
  const directory = '<li>find the right person on <a href="/contacts">our press contacts page</a></li>'
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Too many enquiries | ${name} Newsroom</title>
<style>
body { margin: 0; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
header, main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 1px solid #d9dde3; }
header a { font-weight: 700; color: #1b1f24; text-decoration: none; }
a { color: #0b4f94; }
:focus-visible { outline: 3px solid #f5b400; outline-offset: 2px; }
</style>
</head>
<body>
<header><a href="/">${name} <span>Newsroom</span></a></header>
<main id="main">
<h1>Too many enquiries</h1>
<p>You have sent several enquiries in the last few minutes. Please try again in ${minutesText(minutes)}.</p>
${phone || email ? `<p>If it cannot wait:</p><ul>${phone}${email}${directory}</ul>` : ''}
<p><a href="/media-enquiries">Back to the media enquiry form</a></p>
</main>
</body>
</html>
`
}
