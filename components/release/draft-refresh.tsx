'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}
// Only inside the admin's live preview (an iframe or a popup) is there an editor to listen to.
const adminOrigin = () => (window.parent !== window || window.opener ? window.location.origin : null)

/** Re-renders the draft on the server each time the editor saves or autosaves in the admin beside it. */
export function DraftRefresh() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = useSyncExternalStore(noSubscription, adminOrigin, () => null)
  return origin ? <RefreshRouteOnSave refresh={refresh} serverURL={origin} /> : null
}
