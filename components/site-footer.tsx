import Link from 'next/link'
import { telHref } from '@/lib/text/format'
import type { SiteSetting } from '@/payload-types'

const networks = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  bluesky: 'Bluesky',
  instagram: 'Instagram',
  youtube: 'YouTube',
}

export function SiteFooter({ settings }: { settings: SiteSetting }) {
  const social = Object.entries(networks).flatMap(([key, label]) => {
    const href = settings.social?.[key as keyof typeof networks]
    return href ? [{ href, label }] : []
  })
  return (
    <footer className="site-footer">
      <div className="wrap footer-inner">
        <div>
          <p className="footer-title">{settings.organisationName} press office</p>
          {settings.pressEmail ? (
            <p>
              <a href={`mailto:${settings.pressEmail}`}>{settings.pressEmail}</a>
            </p>
          ) : null}
          {settings.outOfHoursPhone ? (
            <p>
              Out of hours: <a href={telHref(settings.outOfHoursPhone)}>{settings.outOfHoursPhone}</a>
            </p>
          ) : null}
          <p>
            <Link href="/contacts">All press contacts</Link> · <Link href="/corrections">Corrections</Link> ·{' '}
            <Link href="/accessibility">Accessibility</Link>
          </p>
        </div>
        {social.length ? (
          <nav aria-label="Social media">
            <ul className="footer-links">
              {social.map((s) => (
                <li key={s.label}>
                  <a href={s.href} rel="me noopener">
                    {s.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
