import type { Payload } from 'payload'
import type { Distribution, User } from '../../payload-types'
import { firstOfAudience } from './audience'
import { distributionEmail } from './email'
import { releaseCopy } from './release-copy'
import { releaseIdOf } from './state'

/** As of when it will go out, so an email set to send when the embargo lifts is previewed as it will read. */
function sendsAt(d: Distribution, embargoUntil?: string | null) {
  if (d.timing === 'embargo' && embargoUntil) return new Date(embargoUntil).getTime() + 1000
  if (d.timing === 'at' && d.sendAt) return new Date(d.sendAt).getTime()
  return Date.now()
}

/**
 * The email as its first recipient would get it, with placeholder links (each real one is the recipient's own):
 * for the admin's preview, and the test send to oneself. Undefined when the release has no approved version.
 */
export async function sampleEmail(payload: Payload, d: Distribution, to?: User) {
  const copy = await releaseCopy(payload, releaseIdOf(d))
  if (!copy) return undefined
  const contact = await firstOfAudience(payload, d)
  const person = {
    email: to?.email ?? contact?.email ?? 'journalist@example.com',
    name: to?.name ?? contact?.name ?? 'A journalist',
    lawfulBasis: contact?.lawfulBasis ?? 'legitimate-interest',
    basisDate: contact?.basisDate ?? new Date().toISOString(),
    beats: contact?.beats,
    outlet: contact?.outlet,
  }
  const personal = `${copy.base}/mail/open/(each recipient's own link)`
  const email = distributionEmail(
    person,
    copy.release,
    { open: personal, oneClick: `${copy.base}/mail/unsubscribe`, unsubscribe: `${copy.base}/mail/stop` },
    copy.context,
    {
      subject: d.subject || copy.release.title,
      note: d.note,
      embargoed: !copy.isPublic && d.timing !== 'embargo',
      at: sendsAt(d, copy.release.embargoUntil),
      listId: `${copy.context.organisationName} press releases <press.${copy.host}>`,
    },
  )
  return { email, sampleOf: contact ? `${contact.name}${contact.outlet ? `, ${contact.outlet}` : ''}` : null }
}
