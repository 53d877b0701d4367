import type { LandedRelease, WhatLanded } from '@/lib/numbers/figures'
import { KIND_LABELS, READING_KINDS } from '@/lib/numbers/kinds'

const duration = (minutes: number) =>
  minutes < 120
    ? `${minutes} minutes`
    : minutes < 48 * 60
      ? `${Math.round(minutes / 6) / 10} hours`
      : `${Math.round(minutes / 144) / 10} days`

function ReleaseTable({ caption, releases, admin }: { caption: string; releases: LandedRelease[]; admin: string }) {
  return (
    <table className="what-landed-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Release</th>
          {READING_KINDS.map((k) => (
            <th scope="col" key={k}>
              {KIND_LABELS[k]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {releases.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <a href={`${admin}/collections/releases/${r.id}`}>{r.title}</a>
            </th>
            {READING_KINDS.map((k) => (
              <td key={k}>{r.counts[k]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function WhatLandedTables({ landed, admin }: { landed: WhatLanded; admin: string }) {
  const { enquiries } = landed
  return (
    <>
      <section aria-labelledby="landed-enquiries">
        <h2 id="landed-enquiries">Enquiries this week</h2>
        <p>
          {enquiries.received} received, {enquiries.answered} answered.{' '}
          {enquiries.medianMinutes === null
            ? 'None answered yet, so no time to answer.'
            : `Median time to answer: ${duration(enquiries.medianMinutes)}.`}
        </p>
      </section>
      <section aria-labelledby="landed-top">
        <h2 id="landed-top">Top releases</h2>
        {landed.releases.length ? (
          <ReleaseTable caption="Releases by page views this week" releases={landed.releases} admin={admin} />
        ) : (
          <p>No readings counted this week.</p>
        )}
      </section>
      <section aria-labelledby="landed-topics">
        <h2 id="landed-topics">Topics</h2>
        {landed.topics.length ? (
          <table className="what-landed-table">
            <caption>Page views by topic this week (a release in two topics counts in both)</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Page views</th>
                <th scope="col">Releases read</th>
              </tr>
            </thead>
            <tbody>
              {landed.topics.map((t) => (
                <tr key={t.name}>
                  <th scope="row">{t.name}</th>
                  <td>{t.views}</td>
                  <td>{t.releases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No readings counted this week.</p>
        )}
      </section>
      <section aria-labelledby="landed-by-enquiries">
        <h2 id="landed-by-enquiries">Enquiries per release</h2>
        {landed.byEnquiries.length ? (
          <ul>
            {landed.byEnquiries.map((r) => (
              <li key={r.id}>
                <a href={`${admin}/collections/releases/${r.id}`}>{r.title}</a>: {r.counts.enquiry}{' '}
                {r.counts.enquiry === 1 ? 'enquiry' : 'enquiries'}
              </li>
            ))}
          </ul>
        ) : (
          <p>No enquiry this week named a release.</p>
        )}
      </section>
    </>
  )
}
