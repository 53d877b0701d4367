const zone = 'Europe/London'

const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' })

/** 03/11/2026: the UK way, in London time whatever the server's zone. */
export const formatDate = (iso: string | Date) => day.format(new Date(iso))

const parts = (iso: string | Date, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...options })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )

/** "00:01 GMT, Tuesday 3 November 2026" (BST in summer): how a UK embargo line reads. */
export function formatEmbargo(iso: string | Date): string {
  const p = parts(iso, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZoneName: 'short',
  })
  // en-GB names summer time "BST" (some ICU builds "GMT+1"); anything but plain GMT is summer time.
  const zoneName = p.timeZoneName === 'GMT' ? 'GMT' : 'BST'
  return `${p.hour}:${p.minute} ${zoneName}, ${p.weekday} ${p.day} ${p.month} ${p.year}`
}
