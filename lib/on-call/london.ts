// A wall-clock time in London as an instant: "09:00 on 25 October 2026" is 08:00 UTC before the clocks go back
// at 02:00 that morning and 09:00 UTC after.
const offsetMinutes = (instant: number) => {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name)
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 0
}

/** `day` as YYYY-MM-DD, `hour` and `minute` in London time. */
export function londonTime(day: string, hour: number, minute = 0): Date {
  const [y, m, d] = day.split('-').map(Number)
  const guess = Date.UTC(y, m - 1, d, hour, minute)
  const first = guess - offsetMinutes(guess) * 60_000
  // Near a change the offset at the answer may differ from the guess's: settle on the answer's own.
  return new Date(guess - offsetMinutes(first) * 60_000)
}

/** The London calendar day (YYYY-MM-DD) of an instant. */
export const londonDay = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant)
