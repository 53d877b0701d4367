const MINUTE = 60_000
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/**
 * "in 2 days 3 hours", "in 5 hours 12 minutes", "in 45 minutes": the two largest units are what a press officer
 * needs at a glance; seconds would only make the dashboard look wrong a moment after it rendered.
 */
export function timeUntil(iso: string | Date, now: number = Date.now()): string {
  const minutes = Math.ceil((new Date(iso).getTime() - now) / MINUTE)
  if (minutes <= 0) return 'now'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days) return `in ${plural(days, 'day')}${hours ? ` ${plural(hours, 'hour')}` : ''}`
  if (hours) return `in ${plural(hours, 'hour')}${rest ? ` ${plural(rest, 'minute')}` : ''}`
  return `in ${plural(rest, 'minute')}`
}

/** "2 hours 5 minutes" since a moment now past (for deadlines missed). */
export function timeSince(iso: string | Date, now: number = Date.now()): string {
  const ahead = timeUntil(new Date(2 * now - new Date(iso).getTime()), now)
  return ahead === 'now' ? 'a moment' : ahead.replace(/^in /, '')
}
