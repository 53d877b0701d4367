import type { Payload } from 'payload'
import type { Distribution, Topic } from '../../payload-types'
import { setPreviewLink, type Claimed } from '../db/distribution-recipients'
import { distributionEmail } from './email'
import type { ReleaseCopy } from './release-copy'
import { recipientLinks } from './tokens'

const DAY = 86_400_000

/** The recipient's own preview link, made once (a retry reuses it) and named for them in the preview-link list. */
async function ensurePreviewLink(payload: Payload, claimed: Claimed, copy: ReleaseCopy) {
  if (claimed.preview_link_id) return
  const lifts = copy.release.embargoUntil ?? copy.release.releaseDate
  const expires = Math.max(Date.now(), lifts ? new Date(lifts).getTime() : 0) + 30 * DAY
  const link = await payload.create({
    collection: 'preview-links',
    overrideAccess: true,
    depth: 0,
    data: {
      release: copy.release.id,
      recipient: [claimed.name, claimed.outlet].filter(Boolean).join(', ') || 'Distribution recipient',
      expiresAt: new Date(expires).toISOString(),
    },
  })
  await setPreviewLink(payload, claimed.id, link.id)
}

/** The email for one claimed recipient, its contact as the claim read it (they may have been erased since). */
export async function recipientEmail(
  payload: Payload,
  claimed: Claimed,
  distribution: Pick<Distribution, 'id' | 'subject' | 'note'>,
  copy: ReleaseCopy,
) {
  if (!claimed.email || !claimed.lawful_basis) return undefined
  if (!copy.isPublic) await ensurePreviewLink(payload, claimed, copy)
  const contact = {
    email: claimed.email,
    name: claimed.name ?? '',
    outlet: claimed.outlet,
    lawfulBasis: claimed.lawful_basis,
    basisDate: new Date(claimed.basis_date ?? Date.now()).toISOString(),
    beats: claimed.beats.map((name, i) => ({ id: i, name }) as Topic),
  }
  return distributionEmail(contact, copy.release, recipientLinks(copy.base, claimed.id), copy.context, {
    subject: distribution.subject || copy.release.title,
    note: distribution.note,
    embargoed: !copy.isPublic,
    messageId: `<distribution-${distribution.id}-${claimed.id}@${copy.host}>`,
    listId: `${copy.context.organisationName} press releases <press.${copy.host}>`,
  })
}
