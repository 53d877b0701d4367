import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subscribersCsv } from '../collections/subscribers/export-csv'
import { confirmSubscription } from '../lib/alerts/manage'
import { notifyReleasePublic } from '../lib/alerts/notify-release-public'
import { subscribe } from '../lib/alerts/subscribe'
import { pool } from '../lib/db/pool'
import { goPublic } from '../lib/publication/go-public'
import { formatDate } from '../lib/time/dates'
import { HOUR, MINUTE, testClock } from './support/clock'
import { rareWord, runAlertJobs } from './support/discovery'
import { makeRelease, makeUser, unique } from './support/factories'
import { header, smtpServer, type Received, payloadSendingTo } from './support/smtp'

const smtp = smtpServer()
let payload: Payload
const clock = testClock()
let topic: { id: number; slug?: string | null }

beforeAll(async () => {
  payload = await payloadSendingTo(smtp)
  topic = await payload.create({
    collection: 'topics',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { name: `Alerts ${rareWord()}` },
  })
})
afterAll(() => smtp.stop())

const inbox = (email: string) => smtp.received.filter((m) => m.to.includes(email))
const alertsAbout = (email: string, title: string) => inbox(email).filter((m) => header(m, 'subject') === title)
const link = (message: Received, path: string) => {
  const match = message.body.match(new RegExp(`https?://\\S+${path}\\?token=(\\S+)`))
  return decodeURIComponent(match![1])
}

/** Subscribe through the form's code, then follow the emailed link, as a journalist would. */
async function confirmedSubscriber(choice: { scope: 'all' | 'topics'; topics?: string[] }) {
  const email = `${unique('journalist')}@example.test`
  const result = await subscribe(
    payload,
    { email: email.toUpperCase(), topics: [], ...choice },
    { ip: unique('198.51.100') },
  )
  expect(result).toEqual({ kind: 'sent', email })
  await runAlertJobs(payload)
  const [confirmation, ...more] = inbox(email)
  expect(more).toHaveLength(0)
  expect(header(confirmation, 'subject')).toMatch(/^Confirm your/)
  const confirmed = await confirmSubscription(payload, link(confirmation, '/subscribe/confirm'))
  expect(confirmed.ok && confirmed.subscriber.status).toBe('confirmed')
  return { email, id: confirmed.ok ? confirmed.subscriber.id : 0 }
}

describe('subscribing', () => {
  it('refuses a bad address or no topic, keeping what was typed', async () => {
    const values = { email: 'not-an-address', scope: 'topics' as const, topics: [] }
    const result = await subscribe(payload, values, { ip: unique('198.51.100') })
    expect(result).toMatchObject({
      kind: 'invalid',
      values,
      errors: { email: expect.any(String), topics: expect.any(String) },
    })
  })

  it('does not confirm with a forged, altered or expired link', async () => {
    expect((await confirmSubscription(payload, 'nonsense')).ok).toBe(false)
    expect((await confirmSubscription(payload, '1.0.AAAA')).ok).toBe(false)
    const email = `${unique('late')}@example.test`
    await subscribe(payload, { email, scope: 'all', topics: [] }, { ip: unique('198.51.100') })
    await runAlertJobs(payload)
    const token = link(inbox(email)[0], '/subscribe/confirm')
    const later = new Date(Date.now() + 4 * 24 * 3600_000)
    expect(await confirmSubscription(payload, token, later)).toEqual({ ok: false, reason: 'expired' })
    expect(
      (
        await confirmSubscription(
          payload,
          token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        )
      ).ok,
    ).toBe(false)
  })

  it('sends one address only a few emails, but never locks its owner out', async () => {
    const email = `${unique('flooded')}@example.test`
    // Strangers post the address from many places, choosing all news.
    for (let i = 0; i < 5; i++) {
      expect((await subscribe(payload, { email, scope: 'all', topics: [] }, { ip: unique('198.51.100') })).kind).toBe(
        'sent',
      )
    }
    await runAlertJobs(payload)
    expect(inbox(email)).toHaveLength(3)
    // The owner then asks for one topic: answered like anyone else, their choice saved, and no fourth email.
    const own = await subscribe(payload, { email, scope: 'topics', topics: [topic.slug!] }, { ip: unique('203.0.113') })
    expect(own.kind).toBe('sent')
    await runAlertJobs(payload)
    expect(inbox(email)).toHaveLength(3)
    // Any link already in the inbox confirms the owner's latest choice.
    const confirmed = await confirmSubscription(payload, link(inbox(email)[0], '/subscribe/confirm'))
    expect(confirmed.ok && [confirmed.subscriber.status, confirmed.subscriber.allNews]).toEqual(['confirmed', false])
    expect(confirmed.ok && confirmed.subscriber.topics?.map((t) => (typeof t === 'object' ? t.id : t))).toEqual([
      topic.id,
    ])
  })
})

describe('release alerts', () => {
  it('emails matching confirmed subscribers once when a release is published, whatever happens next', async () => {
    const onTopic = await confirmedSubscriber({ scope: 'topics', topics: [topic.slug!] })
    const everything = await confirmedSubscriber({ scope: 'all' })
    const otherTopic = await confirmedSubscriber({ scope: 'topics', topics: [topic.slug!] })
    await payload.update({ collection: 'subscribers', id: otherTopic.id, overrideAccess: true, data: { topics: [] } })

    const release = await makeRelease(payload, { title: `Alert ${rareWord()}`, topics: [topic.id] })
    await runAlertJobs(payload)
    const [alert, ...extra] = alertsAbout(onTopic.email, release.title)
    expect(extra).toHaveLength(0)
    expect(alertsAbout(everything.email, release.title)).toHaveLength(1)
    expect(alertsAbout(otherTopic.email, release.title)).toHaveLength(0)
    expect(alert.body).toContain(release.summary)
    expect(alert.body).toContain(`/news/${release.slug}`)
    expect(header(alert, 'list-unsubscribe')).toMatch(/^<https?:\/\/\S+\/subscribe\/unsubscribe\?token=\S+>/)
    expect(header(alert, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')

    // Re-saving, re-publishing and calling the embargo hook again send nothing more.
    await notifyReleasePublic(payload, release.id)
    await notifyReleasePublic(payload, String(release.id))
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'draft' },
    })
    await payload.update({
      collection: 'releases',
      id: release.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: { _status: 'published', title: release.title },
    })
    await runAlertJobs(payload)
    expect(alertsAbout(onTopic.email, release.title)).toHaveLength(1)
    expect(alertsAbout(everything.email, release.title)).toHaveLength(1)
  })

  it('says nothing about an archive release going public, unless an editor asks; each alert gives the date', async () => {
    const reader = await confirmedSubscriber({ scope: 'all' })
    // Imported from the archive (dated 28/10/2021), then published: no alert, now or at any later publish.
    const archive = await makeRelease(payload, {
      title: `Archive ${rareWord()}`,
      releaseDate: '2021-10-28T09:00:00.000Z',
    })
    await runAlertJobs(payload)
    await notifyReleasePublic(payload, archive.id)
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, archive.title)).toHaveLength(0)
    // Back-dated by two days, but the editor ticked "Email subscribers even though...": sent, with its date.
    const asked = await makeRelease(payload, {
      title: `Asked ${rareWord()}`,
      releaseDate: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      alertAnyway: true,
    })
    await runAlertJobs(payload)
    const [alert] = alertsAbout(reader.email, asked.title)
    expect(alert.body).toContain(formatDate(asked.releaseDate!))
    // Fresh news: sent as before.
    const fresh = await makeRelease(payload, { title: `Fresh ${rareWord()}` })
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, fresh.title)).toHaveLength(1)
  })

  it('says nothing about drafts or embargoed releases, then alerts once when the embargo lifts', async () => {
    const reader = await confirmedSubscriber({ scope: 'all' })
    clock.rewind(HOUR)
    const draft = await makeRelease(payload, { title: `Draft ${rareWord()}` }, true)
    const embargoed = await makeRelease(payload, {
      title: `Embargoed ${rareWord()}`,
      embargoUntil: new Date(Date.now() + MINUTE).toISOString(),
    })
    await notifyReleasePublic(payload, draft.id)
    await notifyReleasePublic(payload, embargoed.id)
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, draft.title)).toHaveLength(0)
    expect(alertsAbout(reader.email, embargoed.title)).toHaveLength(0)

    clock.catchUp()
    // As going public does when the embargo passes (perhaps on two servers at once).
    await Promise.all([notifyReleasePublic(payload, embargoed.id), notifyReleasePublic(payload, embargoed.id)])
    await runAlertJobs(payload)
    await notifyReleasePublic(payload, embargoed.id)
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, embargoed.title)).toHaveLength(1)
  })

  it('catches up after a restart: an embargo that lifted while nothing ran alerts exactly once, however many start together', async () => {
    const reader = await confirmedSubscriber({ scope: 'all' })
    const title = `Lifted while down ${rareWord()}`
    const embargoed = await makeRelease(payload, {
      title,
      embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
    })
    // Time passes with no server and no worker running: the embargo is behind us and nothing noticed.
    await pool(payload).query(`UPDATE releases SET embargo_until = now() - interval '1 second' WHERE id = $1`, [
      embargoed.id,
    ])
    // Three servers start together; each catches up.
    const handled = (await Promise.all([goPublic(payload), goPublic(payload), goPublic(payload)])).flat()
    expect(handled.filter((r) => r.id === embargoed.id)).toHaveLength(1)
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, title)).toHaveLength(1)
    // The watermark moved: starting again finds nothing left to do.
    expect((await goPublic(payload)).filter((r) => r.id === embargoed.id)).toEqual([])
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, title)).toHaveLength(1)
  })

  it('queues going public for the moment the embargo lifts', async () => {
    const at = new Date(Date.now() + 3_600_000)
    const release = await makeRelease(payload, { embargoUntil: at.toISOString() })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'goPublic' }, 'input.release': { equals: release.id } },
    })
    expect(docs.map((d) => new Date(d.waitUntil as string).toISOString())).toEqual([at.toISOString()])
  })

  it('retries a failed send and still delivers exactly once', async () => {
    const reader = await confirmedSubscriber({ scope: 'all' })
    smtp.refuse(1)
    const release = await makeRelease(payload, { title: `Retry ${rareWord()}` })
    await runAlertJobs(payload)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { taskSlug: { equals: 'sendReleaseAlerts' }, 'input.release': { equals: release.id } },
    })
    for (const job of docs) await payload.jobs.runByID({ id: job.id, silent: true })
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, release.title)).toHaveLength(1)
  })

  it('stops alerts with a one-click unsubscribe POST', async () => {
    const reader = await confirmedSubscriber({ scope: 'all' })
    const first = await makeRelease(payload, { title: `Before ${rareWord()}` })
    await runAlertJobs(payload)
    const [alert] = alertsAbout(reader.email, first.title)
    const url = header(alert, 'list-unsubscribe')!.match(/<(https?:[^>]+)>/)![1]
    // Imported here, not at the top: the route loads the Payload config, which must see the SMTP settings first.
    const { POST: unsubscribePost } = await import('../app/(site)/subscribe/unsubscribe/route')
    const response = await unsubscribePost(
      new Request(url, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'subscribers', id: reader.id, overrideAccess: true })).status).toBe(
      'unsubscribed',
    )
    const forged = await unsubscribePost(
      new Request(url.replace(/token=[^&]+/, 'token=1.0.x'), { method: 'POST', body: 'List-Unsubscribe=One-Click' }),
    )
    expect(forged.status).toBe(400)

    const second = await makeRelease(payload, { title: `After ${rareWord()}` })
    await runAlertJobs(payload)
    expect(alertsAbout(reader.email, second.title)).toHaveLength(0)
  })
})

describe('the subscribers collection', () => {
  it('is readable by editors only, cannot be created through the API, and exports as CSV', async () => {
    await makeUser(payload, 'admin') // the first user of a database becomes an admin, whatever is asked
    const contributor = await makeUser(payload, 'contributor')
    const editor = await makeUser(payload, 'editor')
    await expect(payload.find({ collection: 'subscribers', overrideAccess: false })).rejects.toThrow()
    await expect(
      payload.find({ collection: 'subscribers', overrideAccess: false, user: contributor }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'subscribers',
        overrideAccess: false,
        user: editor,
        data: { email: 'x@example.test', status: 'pending' },
      }),
    ).rejects.toThrow()
    const { docs } = await payload.find({
      collection: 'subscribers',
      overrideAccess: false,
      user: editor,
      depth: 1,
      pagination: false,
    })
    expect(docs.length).toBeGreaterThan(0)
    const csv = subscribersCsv([...docs, { ...docs[0], email: '=HYPERLINK("x")' }])
    expect(csv.split('\r\n')[0]).toBe(
      '"email","status","all_news","topics","confirmed_at","unsubscribed_at","created_at"',
    )
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })
})
