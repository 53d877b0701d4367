import { ssoSettings, START_PATH } from '@/lib/sso/settings'

/**
 * On the admin's sign-in page when single sign-on is set up: the organisation's own sign-in, first. A link, not a
 * form: the route sends the browser on to the provider, which a form's navigation may not do (CSP `form-action`).
 */
export function SsoButton() {
  const settings = ssoSettings()
  if (!settings) return null
  return (
    <div className="sso-sign-in">
      <a className="btn btn--style-primary btn--size-large" href={START_PATH}>
        Sign in with {settings.name}
      </a>
      <p>Or with an email and password, if you have been given one:</p>
    </div>
  )
}
