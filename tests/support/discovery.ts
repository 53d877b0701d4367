import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { blocksToNodes, richText } from '../../seed/lexical'

/** A made-up word no other test or demo release contains, letters only so search treats it as one word. */
export const rareWord = (prefix = 'zq') =>
  prefix + [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')

export const body = (...paragraphs: string[]) =>
  richText(blocksToNodes(paragraphs.map((text) => ({ type: 'p' as const, text }))))

const TASKS = ['alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'sendEmail']
// goPublic jobs wait for an embargo's moment; tests call goPublic directly when they need it.

/** Runs queued alert and email jobs, including jobs they queue, until none is left waiting. */
export async function runAlertJobs(payload: Payload) {
  for (let round = 0; round < 6; round++) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { taskSlug: { in: TASKS } }],
      },
      limit: 200,
      depth: 0,
    })
    if (!docs.length) return
    for (const job of docs) await payload.jobs.runByID({ id: job.id, silent: true })
  }
}
