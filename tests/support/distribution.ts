import type { Payload } from 'payload'
import { pool } from '../../lib/db/pool'
import { sendDistribution } from '../../lib/distribution/send'
import type { Distribution, MediaContact, MediaList, User } from '../../payload-types'
import { unique } from './factories'

const TASKS = ['startDistribution', 'sendDistribution']

export async function makeContacts(payload: Payload, n: number, data: Partial<MediaContact> = {}) {
  const made: MediaContact[] = []
  for (let i = 0; i < n; i++) {
    made.push(
      await payload.create({
        collection: 'media-contacts',
        overrideAccess: true,
        data: {
          name: `Reporter ${i}`,
          email: `${unique('reporter')}@example.net`,
          outlet: 'The Test Post',
          ...data,
        } as MediaContact,
      }),
    )
  }
  return made
}

export const makeList = (payload: Payload, data: Partial<MediaList>) =>
  payload.create({
    collection: 'media-lists',
    overrideAccess: true,
    data: { name: unique('List'), ...data } as MediaList,
  })

export const makeDistribution = (payload: Payload, data: Partial<Distribution>) =>
  payload.create({ collection: 'distributions', overrideAccess: true, data: data as Distribution })

/** As an editor pressing Send; throws with the editor's message when it is refused. */
export async function send(payload: Payload, id: number, editor: User) {
  const answer = await sendDistribution(payload, id, editor)
  if (answer.status !== 200) throw new Error(answer.message)
  return answer
}

/** Runs the distribution jobs that are due, and those they queue, until none is due. */
export async function runDistributionJobs(payload: Payload, rounds = 50) {
  for (let round = 0; round < rounds; round++) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { processing: { equals: false } },
          { taskSlug: { in: TASKS } },
          { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
        ],
      },
      limit: 100,
      depth: 0,
    })
    if (!docs.length) return
    for (const job of docs) await payload.jobs.runByID({ id: job.id, silent: true })
  }
}

export const recipientsOf = async (payload: Payload, distribution: number) =>
  (
    await pool(payload).query('SELECT * FROM distribution_recipients WHERE distribution_id = $1 ORDER BY id', [
      distribution,
    ])
  ).rows
