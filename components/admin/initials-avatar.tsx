'use client'
import { useAuth } from '@payloadcms/ui'

const initialsOf = (name?: string | null, email?: string | null) => {
  const words = (name || email || '?').split(/[\s@.]+/).filter(Boolean)
  return ((words[0]?.[0] ?? '?') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase()
}

/**
 * Staff avatars as initials. Payload's default is a Gravatar: a request to a third party, for every page, carrying
 * a hash of the member of staff's email address.
 */
export function InitialsAvatar() {
  const { user } = useAuth<{ name?: string | null; email?: string | null }>()
  return (
    <span className="initials-avatar" aria-hidden="true">
      {initialsOf(user?.name, user?.email)}
    </span>
  )
}
