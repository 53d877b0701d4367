import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { ImportForm } from './import-form'

/** Newsroom → Import releases: Word files, web pages and text become drafts, each with its report. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/import`)}`)
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
        <h1>Import releases</h1>
        <p>
          Upload releases saved as Word (.docx), web pages (.html) or text (.txt), several at once, or paste one below.
          Each becomes a <strong>draft</strong>: nothing is published. Its title, date, body, notes to editors and press
          contact are filled in where they can be recognised, broken links are repaired, and a report says what was done
          and what is left for you to check. Importing the same file again finds the draft it made.
        </p>
        <ImportForm api={req.payload.config.routes.api} admin={admin} />
      </Gutter>
    </DefaultTemplate>
  )
}
