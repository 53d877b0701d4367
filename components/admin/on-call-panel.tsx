import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'
import { gapsIn, nextShift, shiftAt, type Shift } from '@/lib/on-call/rota'
import { formatEmbargo } from '@/lib/time/dates'
import type { Contact } from '@/payload-types'

type Props = { payload: Payload; user?: TypedUser | null }
const DAY = 86_400_000

const who = (shift: Shift) => {
  const officer = shift.officer as Contact | number | undefined
  return `${typeof officer === 'object' && officer ? officer.name : 'Press officer'}, ${shift.phone}`
}

/** On the dashboard: who holds the out-of-hours phone now and next, and any stretch of the next 14 days without. */
export async function OnCallPanel({ payload, user }: Props) {
  if (!user) return null
  const now = new Date()
  const until = new Date(now.getTime() + 14 * DAY)
  const { docs } = await payload.find({
    collection: 'on-call',
    where: { and: [{ endsAt: { greater_than: now.toISOString() } }, { startsAt: { less_than: until.toISOString() } }] },
    sort: 'startsAt',
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user,
    populate: { contacts: { name: true } },
  })
  const shifts = docs as unknown as Shift[]
  const current = shiftAt(shifts, now)
  const next = nextShift(shifts, now)
  const gaps = gapsIn(shifts, now, until)
  const rota = `${payload.config.routes.admin}/collections/on-call`
  return (
    <section className="on-call-panel" aria-labelledby="on-call-heading">
      <h2 id="on-call-heading">Who is on call</h2>
      <p>
        Now:{' '}
        {current
          ? `${who(current)}, until ${formatEmbargo(current.endsAt)}`
          : 'nobody on the rota (the Site settings number is shown)'}
      </p>
      {next ? (
        <p>
          Next: {who(next)}, from {formatEmbargo(next.startsAt)}
        </p>
      ) : null}
      {gaps.length ? (
        <div role="alert">
          <p>
            <strong>Gaps in the next 14 days ({gaps.length}):</strong>
          </p>
          <ul>
            {gaps.map((gap, i) => (
              <li key={i}>
                {formatEmbargo(gap.from)} to {formatEmbargo(gap.to)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>The next 14 days are covered.</p>
      )}
      <p>
        <Link href={rota}>The rota</Link>
      </p>
    </section>
  )
}
