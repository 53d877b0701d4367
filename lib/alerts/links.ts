import { subscriberToken } from './tokens'

/** The signed addresses a subscriber is sent: confirm (expires), manage and one-click unsubscribe (do not). */
export const alertLinks = (base: string, id: number, now = new Date()) => {
  const manage = encodeURIComponent(subscriberToken('manage', id, now))
  return {
    confirm: `${base}/subscribe/confirm?token=${encodeURIComponent(subscriberToken('confirm', id, now))}`,
    manage: `${base}/subscribe/manage?token=${manage}`,
    unsubscribe: `${base}/subscribe/unsubscribe?token=${manage}`,
  }
}
