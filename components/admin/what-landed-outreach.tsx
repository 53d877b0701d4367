import type { Outreach } from '@/lib/numbers/outreach'
import { CoverageTable } from './coverage-table'
import { SentToJournalistsTable } from './sent-to-journalists-table'

/** The week's emails to journalists and the stories dated in it, under the week's readings. */
export function WhatLandedOutreach({ outreach, admin }: { outreach: Outreach; admin: string }) {
  return (
    <>
      <section aria-labelledby="landed-sent">
        <h2 id="landed-sent">Sent to journalists</h2>
        {outreach.distributions.length ? (
          <SentToJournalistsTable
            rows={outreach.distributions}
            admin={admin}
            caption="Emails that went out this week, with what came of them so far"
            withRelease
          />
        ) : (
          <p>No release was emailed to journalists this week.</p>
        )}
      </section>
      <section aria-labelledby="landed-coverage">
        <h2 id="landed-coverage">Coverage</h2>
        {outreach.coverage.length ? (
          <CoverageTable
            rows={outreach.coverage}
            reach={outreach.reach}
            admin={admin}
            caption="Stories dated this week"
            withRelease
          />
        ) : (
          <p>No coverage logged for this week.</p>
        )}
      </section>
    </>
  )
}
