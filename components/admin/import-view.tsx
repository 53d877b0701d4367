import type { AdminViewServerProps } from 'payload'
import { ImportForm } from './import-form'
import { StaffView } from './staff-view'

/** Newsroom → Import releases: Word files, web pages and text become drafts, each with its report. */
export function ImportView(props: AdminViewServerProps) {
  const { routes } = props.initPageResult.req.payload.config
  return (
    <StaffView props={props} path="/import">
      <h1>Import releases</h1>
      <p>
        Upload releases saved as Word (.docx), web pages (.html) or text (.txt), several at once, or paste one below.
        Each becomes a <strong>draft</strong>: nothing is published. Its title, date, body, notes to editors and press
        contact are filled in where they can be recognised, broken links are repaired, and a report says what was done
        and what is left for you to check. Importing the same file again finds the draft it made.
      </p>
      <ImportForm api={routes.api} admin={routes.admin} />
    </StaffView>
  )
}
