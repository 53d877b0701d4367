import { ValidationError, type Payload, type TypedUser } from 'payload'
import { londonDay } from '../on-call/london'
import { keyOf } from './address-key'
import { outletName } from './outlet-name'
import type { SkippedLine } from './parse-addresses'
import { readPaste } from './read-paste'

export type LoggedStory = { id: number; outlet: string; url: string }
export type PasteResult =
  { ok: true; added: LoggedStory[]; skipped: SkippedLine[] } | { ok: false; status: 400 | 404 | 413; message: string }

/**
 * Logs one coverage row per pasted address not yet logged for the release, as the signed-in member of staff (with
 * their access): outlet guessed from the host, headline left for staff, dated today. The addresses are never fetched.
 */
export async function logPasted(
  payload: Payload,
  user: TypedUser,
  body: unknown,
  now = new Date(),
): Promise<PasteResult> {
  const paste = readPaste(body)
  if (!paste.ok) return paste
  const release = await payload
    .findByID({
      collection: 'releases',
      id: paste.release,
      depth: 0,
      overrideAccess: false,
      user,
      select: { title: true },
    })
    .catch(() => null)
  if (!release) return { ok: false, status: 404, message: 'No such release.' }

  const { addresses, skipped } = paste.parsed
  const { docs } = await payload.find({
    collection: 'coverage',
    where: { release: { equals: release.id } },
    pagination: false,
    depth: 0,
    select: { url: true },
    overrideAccess: false,
    user,
  })
  const logged = new Set(docs.map((d) => keyOf(d.url)))
  // A London day at noon reads as that day in every time zone the admin is likely to be opened in.
  const date = `${londonDay(now)}T12:00:00.000Z`
  const added: LoggedStory[] = []
  for (const address of addresses) {
    if (logged.has(address.key)) {
      skipped.push({ line: address.line, reason: 'already logged' })
      continue
    }
    const outlet = outletName(new URL(address.url).hostname)
    try {
      const doc = await payload.create({
        collection: 'coverage',
        data: { release: release.id, outlet, date, url: address.url },
        overrideAccess: false,
        user,
      })
      added.push({ id: doc.id, outlet, url: address.url })
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      skipped.push({ line: address.line, reason: `not saved: ${error.data.errors.map((e) => e.message).join('; ')}` })
    }
  }
  return { ok: true, added, skipped }
}
