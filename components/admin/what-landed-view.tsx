import type { AdminViewServerProps } from 'payload'
import { whatLanded } from '@/lib/numbers/figures'
import { addDays, weekLabel, weekOf } from '@/lib/numbers/weeks'
import { StaffView } from './staff-view'
import { WhatLandedOutreach } from './what-landed-outreach'
import { WhatLandedTables } from './what-landed-tables'

/** Newsroom → What landed: which releases were read, downloaded and asked about, week by week. */
export async function WhatLandedView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { admin, api } = req.payload.config.routes
  const week = weekOf(props.searchParams?.week)
  // Nothing is read for the signed out, whom StaffView sends to log in.
  const landed = req.user ? await whatLanded(req.payload, week) : null
  return (
    <StaffView props={props} path="/what-landed">
      <h1>What landed</h1>
      <p>
        Readings of each release, counted on the server (cached pages included, robots left out, no cookies and nothing
        about the reader), with the enquiries they brought, the emails sent to journalists and the coverage logged.
        Weeks run Monday to Sunday, London time.
      </p>
      <nav aria-label="Weeks" className="what-landed-weeks">
        <a href={`${admin}/what-landed?week=${addDays(week.from, -7)}`}>← Week before</a>
        <strong> {weekLabel(week)} </strong>
        <a href={`${admin}/what-landed?week=${addDays(week.from, 7)}`}>Week after →</a>
        {' · '}
        <a href={`${api}/releases/figures.csv?from=${week.from}&to=${week.to}`}>Export this week (CSV)</a>
        {' · '}
        <a href={`${api}/releases/figures.csv`}>Export the last 90 days (CSV)</a>
      </nav>
      {landed ? (
        <>
          <WhatLandedTables landed={landed} admin={admin} />
          <WhatLandedOutreach outreach={landed.outreach} admin={admin} />
        </>
      ) : null}
    </StaffView>
  )
}
