import type { Payload, TypedUser, Where } from 'payload'

type Props = { payload: Payload; user?: TypedUser | null }

/**
 * Above the subscriber list: how many confirmed subscribers each topic reaches, so the press office can see an
 * alert's audience before publishing, and the CSV export.
 */
export async function SubscriberCounts({ payload, user }: Props) {
  if (!user) return null
  const access = { overrideAccess: false, user } as const
  const confirmed = { status: { equals: 'confirmed' } } as const
  const [topics, all, everything, pending] = await Promise.all([
    payload.find({
      collection: 'topics',
      ...access,
      pagination: false,
      sort: 'name',
      depth: 0,
      select: { name: true },
    }),
    payload.count({ collection: 'subscribers', ...access, where: confirmed }),
    payload.count({ collection: 'subscribers', ...access, where: { and: [confirmed, { allNews: { equals: true } }] } }),
    payload.count({ collection: 'subscribers', ...access, where: { status: { equals: 'pending' } } }),
  ])
  const count = async (where: Where) =>
    (await payload.count({ collection: 'subscribers', ...access, where: { and: [confirmed, where] } })).totalDocs
  const perTopic = await Promise.all(
    topics.docs.map(async (t) => ({
      ...t,
      chose: await count({ topics: { in: [t.id] } }),
      reached: await count({ or: [{ allNews: { equals: true } }, { topics: { in: [t.id] } }] }),
    })),
  )
  return (
    <section className="subscriber-counts" aria-labelledby="subscriber-counts-heading">
      <h2 id="subscriber-counts-heading">Email alert audience</h2>
      <p>
        {`${all.totalDocs} confirmed (${everything.totalDocs} for all news), `}
        {`${pending.totalDocs} waiting for confirmation. `}
        <a href="/api/subscribers/export.csv" download>
          Export all subscribers as CSV
        </a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Chose this topic</th>
            <th scope="col">Reached by an alert (with all-news subscribers)</th>
          </tr>
        </thead>
        <tbody>
          {perTopic.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>{t.chose}</td>
              <td>{t.reached}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
