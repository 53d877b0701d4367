import { env } from '@/lib/env'

/**
 * Without SMTP_HOST nothing is sent: notifications, acknowledgements, alerts and confirmation links go to the log.
 * The admin says so wherever it would otherwise look as if mail went out.
 */
export function MailWarning() {
  if (env().SMTP_HOST) return null
  return (
    <div className="mail-warning" role="alert">
      <strong>Email is not being sent.</strong> No mail server is set up (<code>SMTP_HOST</code>), so every email,
      including enquiry acknowledgements and alerts, is only written to the server log. &ldquo;Sent&rdquo; below means
      logged.
    </div>
  )
}
