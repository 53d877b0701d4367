import type { Payload } from 'payload'
import { pool } from '../lib/db/pool'
import { mediaContacts } from './content/media-contacts'

const context = { disableRevalidate: true, seeding: true, skipNotifications: true }
const DAY = 86_400_000

/**
 * The demo's contacts book, two lists (by beat, and hand-picked) and one distribution of the newest release that
 * went out three days ago, with what happened to it, so the report, Figures tab and What landed have something real
 * to show. Its history is written as it would have been recorded; no email is sent by seeding.
 */
export async function seedDistribution(payload: Payload, topicIds: Map<string, number>, releaseId?: number) {
  const ids: number[] = []
  for (const c of mediaContacts) {
    const doc = await payload.create({
      collection: 'media-contacts',
      overrideAccess: true,
      context,
      data: {
        name: c.name,
        email: c.email,
        outlet: c.outlet,
        role: c.role,
        source: c.source,
        beats: c.beats.map((s) => topicIds.get(s)!).filter(Boolean),
        lawfulBasis: c.consent ? 'consent' : 'legitimate-interest',
        basisDate: new Date(Date.now() - 120 * DAY).toISOString(),
        status: 'active',
      },
    })
    ids.push(doc.id)
  }
  const science = await payload.create({
    collection: 'media-lists',
    overrideAccess: true,
    context,
    data: {
      name: 'Science and health desks',
      description: 'Everyone who reports on research or health.',
      kind: 'beats',
      beats: ['research', 'health-and-medicine'].map((s) => topicIds.get(s)!),
    },
  })
  await payload.create({
    collection: 'media-lists',
    overrideAccess: true,
    context,
    data: { name: 'Local newsdesks', kind: 'picked', contacts: [ids[1], ids[3], ids[8]] },
  })
  if (!releaseId) return
  const sentAt = new Date(Date.now() - 3 * DAY)
  const distribution = await payload.create({
    collection: 'distributions',
    overrideAccess: true,
    context: { ...context, distributionState: true },
    data: {
      release: releaseId,
      note: 'Our researchers are free for interviews this morning.',
      lists: [science.id],
      timing: 'now',
      status: 'sent',
      sendsAt: sentAt.toISOString(),
      sentAt: sentAt.toISOString(),
      recipients: 5,
    },
  })
  // Five on the list: four read it (two followed their link to the public page), one address bounced.
  const history = [
    [ids[0], 'sent', 1, null],
    [ids[2], 'sent', 1, null],
    [ids[4], 'sent', 0, null],
    [ids[8], 'sent', 0, null],
    [ids[9], 'bounced', 0, '550 5.1.1 No such mailbox'],
  ] as const
  for (const [contact, status, clicked, error] of history) {
    const c = mediaContacts[ids.indexOf(contact)]
    await pool(payload).query(
      `INSERT INTO distribution_recipients (distribution_id, contact_id, email, name, outlet, status, attempts,
        sent_at, error, first_clicked_at, clicks) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9, $10)`,
      [
        distribution.id,
        contact,
        c.email,
        c.name,
        c.outlet,
        status,
        status === 'sent' ? sentAt : null,
        error,
        clicked ? new Date(sentAt.getTime() + 40 * 60_000) : null,
        clicked,
      ],
    )
  }
  await payload.update({
    collection: 'media-contacts',
    id: ids[9],
    overrideAccess: true,
    context,
    data: { status: 'bouncing', bouncedAt: sentAt.toISOString(), bounceReason: '550 5.1.1 No such mailbox' },
  })
}
