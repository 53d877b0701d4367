const ZONE = 'Europe/London'
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })

/** London's offset from UTC in minutes at an instant: 0 in winter (GMT), 60 in summer (BST). */
function londonOffset(at: number): number {
  const name = offsetFormat.formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = name.match(/GMT([+-])(\d{2}):(\d{2})/)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/**
 * "2026-11-03" + "14:30" as read on a London clock, to the instant it names. Journalists give deadlines in UK
 * time whatever the server's zone. Returns null for dates that do not exist (31 February, 25:00).
 */
export function londonToUtc(date: string, time: string): Date | null {
  const d = date.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  const t = time.match(/^(\d{2}):(\d{2})$/)
  if (!d || !t) return null
  const [y, m, day, h, min] = [...d.slice(1), ...t.slice(1)].map(Number)
  const wall = Date.UTC(y, m - 1, day, h, min)
  const check = new Date(wall)
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day || h > 23 || min > 59) return null
  // The offset at the guess is right except within an hour of a clock change; checking again settles it.
  const first = wall - londonOffset(wall) * 60_000
  return new Date(wall - londonOffset(first) * 60_000)
}

/** The London calendar date and clock time of an instant, as the form's date and time inputs want them. */
export function utcToLondon(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

export const londonYear = (at: Date) => Number(utcToLondon(at).date.slice(0, 4))
