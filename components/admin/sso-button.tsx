import { ssoSettings } from '@/lib/sso/settings'

/** On the admin's sign-in page when single sign-on is set up: the organisation's own sign-in, first. */
export function SsoButton() {
  const settings = ssoSettings()
  if (!settings) return null
  return (
    <div className="sso-sign-in">
      {/* A whole-page navigation to the route that sends the browser to the provider: never a client-side one. */}
      <form action="/admin/sso" method="get">
        <button type="submit" className="btn btn--style-primary btn--size-large">
          Sign in with {settings.name}
        </button>
      </form>
      <p>Or with an email and password, if you have been given one:</p>
    </div>
  )
}
