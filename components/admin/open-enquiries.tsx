import Link from 'next/link'
import type { Payload, TypedUser } from 'payload'
import { isEditorUser } from '@/access/roles'
import { formatEmbargo } from '@/lib/time/dates'
import { timeSince, timeUntil } from '@/lib/time/time-until'
import type { Enquiry } from '@/payload-types'

type Props = { payload: Payload; user?: TypedUser | null }

const LIMIT = 10
// Outside the component: the time of rendering is the point of the highlight, not a side effect to avoid.
const isOverdue = (deadline: string) => new Date(deadline).getTime() < Date.now()

/**
 * The dashboard's first panel: enquiries still waiting for an answer, nearest deadline first, with the ones past
 * their deadline marked in words as well as colour.
 */
export async function OpenEnquiries({ payload, user }: Props) {
  // Journalists' names and messages are for the press office (editors and admins), not every contributor.
  if (!isEditorUser(user)) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'enquiries',
    where: { status: { in: ['new', 'assigned'] } },
    sort: 'deadline',
    limit: LIMIT,
    depth: 1,
    overrideAccess: false,
    user,
    select: { reference: true, subject: true, outlet: true, deadline: true, status: true, assignee: true },
    populate: { users: { name: true } },
  })
  return (
    <section className="open-enquiries" aria-labelledby="open-enquiries-heading">
      <h2 id="open-enquiries-heading">Open media enquiries ({totalDocs})</h2>
      {docs.length === 0 ? (
        <p>No open enquiries.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Reference</th>
              <th scope="col">Subject</th>
              <th scope="col">Outlet</th>
              <th scope="col">Assignee</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((doc) => (
              <Row key={doc.id} enquiry={doc as Enquiry} overdue={isOverdue(doc.deadline)} />
            ))}
          </tbody>
        </table>
      )}
      {totalDocs > LIMIT ? <Link href="/admin/collections/enquiries">All {totalDocs} open enquiries</Link> : null}
    </section>
  )
}

function Row({ enquiry, overdue }: { enquiry: Enquiry; overdue: boolean }) {
  const assignee = typeof enquiry.assignee === 'object' && enquiry.assignee ? enquiry.assignee.name : 'Unassigned'
  return (
    <tr className={overdue ? 'is-overdue' : undefined}>
      <td>
        {overdue ? <strong>Overdue: </strong> : null}
        <time dateTime={enquiry.deadline}>{formatEmbargo(enquiry.deadline)}</time>
        <span className="time-left">
          {overdue ? `${timeSince(enquiry.deadline)} late` : `${timeUntil(enquiry.deadline).replace(/^in /, '')} left`}
        </span>
      </td>
      <td>
        <Link href={`/admin/collections/enquiries/${enquiry.id}`}>{enquiry.reference}</Link>
      </td>
      <td>{enquiry.subject}</td>
      <td>{enquiry.outlet}</td>
      <td>{assignee}</td>
    </tr>
  )
}
