import type { Payload } from 'payload'
import { releaseOutreach } from '@/lib/numbers/outreach'
import { CoveragePaste } from './coverage-paste'
import { CoverageTable } from './coverage-table'
import { SentToJournalistsTable } from './sent-to-journalists-table'

/** On the Figures tab: the emails that sent this release to journalists, and the stories that came of it. */
export async function ReleaseOutreach({ payload, releaseId }: { payload: Payload; releaseId: number }) {
  const { distributions, coverage, reach } = await releaseOutreach(payload, releaseId)
  const admin = payload.config.routes.admin
  return (
    <>
      <h3 id="release-sent-heading">Sent to journalists</h3>
      {distributions.length ? (
        <>
          <p>
            Counted per person: opened preview means they opened their preview link in a browser (link scanners are left
            out); followed link, that they went on to the public page; enquiries, that they sent one afterwards. No
            tracking pixels, so an email read but not acted on is not counted.
          </p>
          <SentToJournalistsTable rows={distributions} admin={admin} caption="Emails about this release" />
        </>
      ) : (
        <p>This release has not been emailed to journalists.</p>
      )}
      <h3 id="release-coverage-heading">Coverage</h3>
      {coverage.length ? (
        <CoverageTable rows={coverage} reach={reach} admin={admin} caption="Stories logged for this release" />
      ) : (
        <p>No coverage logged yet.</p>
      )}
      <CoveragePaste release={releaseId} />
    </>
  )
}
