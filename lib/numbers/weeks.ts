import { londonDay, londonTime } from '../on-call/london'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Adds days to a calendar day (YYYY-MM-DD), whatever the clocks do. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** The Monday (London) of the week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

export type Week = { from: string; to: string; start: Date; end: Date }

/** A week from its Monday: the days for the counts, and the London instants for enquiries. */
export function weekOf(value: unknown, now = new Date()): Week {
  const valid =
    typeof value === 'string' && DAY.test(value) && Number.isFinite(new Date(`${value}T12:00:00Z`).getTime())
  const from = mondayOf(valid ? value : londonDay(now))
  const to = addDays(from, 6)
  return { from, to, start: londonTime(from, 0), end: londonTime(addDays(from, 7), 0) }
}

/** A day range for an export: valid days, in order, at most `maxDays` long; else the last 90 days. */
export function dayRange(
  from: unknown,
  to: unknown,
  now = new Date(),
  maxDays = 3 * 366,
): { from: string; to: string } | { error: string } {
  const today = londonDay(now)
  const end = typeof to === 'string' && to ? to : today
  const start = typeof from === 'string' && from ? from : addDays(end, -89)
  for (const day of [start, end]) {
    if (
      !DAY.test(day) ||
      Number.isNaN(new Date(`${day}T12:00:00Z`).getTime()) ||
      new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) !== day
    ) {
      return { error: `"${day.slice(0, 20)}" is not a date: use YYYY-MM-DD, for example ${today}.` }
    }
  }
  if (start > end) return { error: 'The start date is after the end date.' }
  if (new Date(`${end}T12:00:00Z`).getTime() - new Date(`${start}T12:00:00Z`).getTime() > maxDays * 86_400_000) {
    return { error: `Export at most ${maxDays} days at a time.` }
  }
  return { from: start, to: end }
}

const MONTHS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' })
const WEEKDAYS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' })

// Built from parts: Intl's en-GB puts a comma after the weekday only when a month follows, which reads oddly here.
const dayWords = (day: string, withMonth: boolean, withYear: boolean) => {
  const d = new Date(`${day}T12:00:00Z`)
  const words = [WEEKDAYS.format(d), String(d.getUTCDate())]
  if (withMonth) words.push(MONTHS.format(d))
  if (withYear) words.push(String(d.getUTCFullYear()))
  return words.join(' ')
}

/** "Monday 7 to Sunday 13 December 2026", naming a month or year only where the week crosses one. */
export function weekLabel(week: Pick<Week, 'from' | 'to'>): string {
  const sameYear = week.from.slice(0, 4) === week.to.slice(0, 4)
  const sameMonth = sameYear && week.from.slice(0, 7) === week.to.slice(0, 7)
  return `${dayWords(week.from, !sameMonth, !sameYear)} to ${dayWords(week.to, true, true)}`
}
