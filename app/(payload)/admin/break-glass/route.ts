export const dynamic = 'force-static'

/**
 * The sign-in page for accounts that must give a second factor with their password (break-glass admins, and anyone
 * who set one up): Payload's own form has no place for the code. It posts to Payload's login route, the same one,
 * throttled the same way (public/assets/break-glass.js).
 */
export function GET() {
  const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Sign in with a second factor · Press Office</title>
<script src="/assets/break-glass.js" defer></script></head>
<body>
<main>
<h1>Sign in with a second factor</h1>
<p>For accounts that use an authenticator app. Everyone else signs in on <a href="/admin/login">the usual page</a>.</p>
<noscript><p>This page needs JavaScript, as the admin does.</p></noscript>
<form id="break-glass" method="post" action="/api/users/login" novalidate>
<p><label for="email">Email</label><br><input id="email" name="email" type="email" autocomplete="username" required></p>
<p><label for="password">Password</label><br>
<input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><label for="code">Code from your authenticator app, or a recovery code</label><br>
<input id="code" name="code" autocomplete="one-time-code" required></p>
<p><button type="submit">Sign in</button></p>
<p id="break-glass-answer" role="alert"></p>
</form>
</main>
</body>
</html>
`
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}
