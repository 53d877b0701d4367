'use client'
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { isEditorUser } from '@/access/roles'

/** Beside Save on a contact, for editors: all we hold about them, in one file for a subject access request. */
export function ContactDataLink() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  if (!id || !isEditorUser(user)) return null
  return (
    <a className="contact-data-link" href={`${config.routes.api}/media-contacts/${id}/personal-data.json`} download>
      Download their data (subject access)
    </a>
  )
}
