import type { ServerProps } from 'payload'
import { isEditorUser } from '@/access/roles'

/**
 * Payload shows Publish and Unpublish in the list's bulk bar to anyone who may edit some releases, though only
 * editors may publish (the server refuses the rest: see the publishing gate). For everyone else the two buttons are
 * not drawn, rather than offered and then failing with "An unknown error has occurred".
 */
export function BulkPublishForEditors({ user }: ServerProps) {
  if (isEditorUser(user)) return null
  return (
    <style>
      {[
        '.list-selection__button[aria-label="Publish"],',
        '.list-selection__button[aria-label="Unpublish"] { display: none; }',
      ].join(' ')}
    </style>
  )
}
