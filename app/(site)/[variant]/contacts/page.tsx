import type { Metadata } from 'next'
import Link from 'next/link'
import { ContactCard } from '@/components/contact-card'
import { listContacts, type DirectoryContact } from '@/lib/data/contacts'
import { getSettings } from '@/lib/data/settings'
import { withFeeds } from '@/lib/feeds/discovery'
import { slugify } from '@/lib/routes/slug'
import { telHref } from '@/lib/text/format'

export const metadata: Metadata = {
  title: 'Press contacts',
  description: 'How journalists reach the press office: named contacts by team, phone, email and out-of-hours line.',
  alternates: withFeeds('/contacts'),
}

function byTeam(contacts: DirectoryContact[]): [string, DirectoryContact[]][] {
  const groups = new Map<string, DirectoryContact[]>()
  for (const c of contacts) {
    const team = c.team || 'Press office'
    groups.set(team, [...(groups.get(team) ?? []), c])
  }
  return [...groups]
}

export default async function ContactsPage() {
  const [contacts, settings] = await Promise.all([listContacts(), getSettings()])
  return (
    <>
      <h1>Press contacts</h1>
      <section className="get-in-touch" aria-labelledby="how-heading">
        <h2 id="how-heading">How to get in touch</h2>
        <p>
          Journalists on deadline should phone or email the contact for their subject below, or{' '}
          <Link href="/media-enquiries">send a media enquiry</Link> and tell us your deadline: we answer within the
          working day.
          {settings.pressEmail ? (
            <>
              {' '}
              The press office inbox is <a href={`mailto:${settings.pressEmail}`}>{settings.pressEmail}</a>.
            </>
          ) : null}
        </p>
        {settings.outOfHoursPhone ? (
          <p className="out-of-hours">
            Out of hours, for urgent media enquiries only:{' '}
            <a href={telHref(settings.outOfHoursPhone)}>{settings.outOfHoursPhone}</a>
          </p>
        ) : null}
        <p>This line is for the media. Members of the public should use the main switchboard.</p>
      </section>
      {byTeam(contacts).map(([team, members]) => (
        <section key={team} className="team" aria-labelledby={`team-${slugify(team)}`}>
          <h2 id={`team-${slugify(team)}`}>{team}</h2>
          <ul className="contact-grid">
            {members.map((c) => (
              <ContactCard key={c.id} contact={c} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
