import Link from 'next/link'
import { telHref } from '@/lib/text/format'
import type { Contact } from '@/payload-types'

type Props = { contacts: Contact[]; outOfHoursPhone?: string | null; releaseSlug: string }

function nameList(contacts: Contact[]) {
  const names = contacts.map((c) => c.name)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]
}

export function ContactBlock({ contacts, outOfHoursPhone, releaseSlug }: Props) {
  return (
    <section className="contact-block" aria-labelledby="contact-heading">
      <h2 id="contact-heading">Media contacts</h2>
      <p>For more information please contact {contacts.length ? nameList(contacts) : 'the press office'}.</p>
      <ul className="contact-list">
        {contacts.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.jobTitle ? <span>, {c.jobTitle}</span> : null}
            <br />
            <a href={telHref(c.phone)}>{c.phone}</a>
            {' · '}
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </li>
        ))}
      </ul>
      {outOfHoursPhone ? (
        <p>
          Out of hours (urgent media enquiries only): <a href={telHref(outOfHoursPhone)}>{outOfHoursPhone}</a>
        </p>
      ) : null}
      <p className="enquiry-link">
        <Link href={`/media-enquiries?release=${encodeURIComponent(releaseSlug)}`}>
          Send a media enquiry about this release
        </Link>
      </p>
    </section>
  )
}
