import type { DirectoryContact } from '@/lib/data/contacts'
import { asMedia, sizeOf } from '@/lib/media-files/picture'
import { telHref } from '@/lib/text/format'

export function ContactCard({ contact }: { contact: DirectoryContact }) {
  const photo = sizeOf(asMedia(contact.photo), 'thumbnail')
  const topics = (contact.topics ?? []).flatMap((t) => (typeof t === 'object' ? [t.name] : []))
  return (
    <li className="contact-card">
      {photo ? <img src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" /> : null}
      <div>
        <h3>{contact.name}</h3>
        {contact.jobTitle ? <p className="contact-role">{contact.jobTitle}</p> : null}
        {topics.length ? <p className="contact-topics">Covers: {topics.join(', ')}</p> : null}
        <p>
          <a href={telHref(contact.phone)}>{contact.phone}</a>
          <br />
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
        {contact.outOfHours ? <p className="badge">Answers out of hours</p> : null}
      </div>
    </li>
  )
}
