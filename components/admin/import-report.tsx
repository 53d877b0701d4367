'use client'
import { useField } from '@payloadcms/ui'
import type { ImportReport } from '@/lib/import/types'
import { ImportReportList } from './import-report-list'

/** The Import report tab of a release made by an import: read, never edited. */
export function ImportReportField({ path }: { path: string }) {
  const { value } = useField<ImportReport | null>({ path })
  if (!value) return null
  return (
    <div className="field-type">
      <p>
        Imported from <strong>{value.source}</strong>. Check what is listed under “Please check” (what the import
        guessed, with why) and “Left for you to check” before submitting or publishing.
      </p>
      <ImportReportList report={value} />
    </div>
  )
}
