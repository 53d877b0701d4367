import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { whatLanded } from '@/lib/numbers/figures'
import { addDays, weekOf } from '@/lib/numbers/weeks'
import { WhatLandedTables } from './what-landed-tables'

/** Newsroom → What landed: which releases were read, downloaded and asked about, week by week. */
export async function WhatLandedView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/what-landed`)}`)
  const week = weekOf(searchParams?.week)
  const landed = await whatLanded(req.payload, week)
  const api = req.payload.config.routes.api
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>What landed</h1>
        <p>
          Readings of each release, counted on the server (cached pages included, robots left out, no cookies and
          nothing about the reader), with the enquiries they brought. Weeks run Monday to Sunday, London time.
        </p>
        <nav aria-label="Weeks" className="what-landed-weeks">
          <a href={`${admin}/what-landed?week=${addDays(week.from, -7)}`}>← Week before</a>
          <strong>
            {' '}
            Week of {week.from} to {week.to}{' '}
          </strong>
          <a href={`${admin}/what-landed?week=${addDays(week.from, 7)}`}>Week after →</a>
          {' · '}
          <a href={`${api}/releases/figures.csv?from=${week.from}&to=${week.to}`}>Export this week (CSV)</a>
          {' · '}
          <a href={`${api}/releases/figures.csv`}>Export the last 90 days (CSV)</a>
        </nav>
        <WhatLandedTables landed={landed} admin={admin} />
      </Gutter>
    </DefaultTemplate>
  )
}
