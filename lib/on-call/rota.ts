// The on-call rota as times: who holds the phone at a moment, and when nobody does. Pure, so the clock is the
// caller's (tests pass one that crosses a clock change).
export type Shift = { id: number; phone: string; startsAt: string; endsAt: string; officer?: unknown }
export type Gap = { from: Date; to: Date }

const at = (iso: string) => new Date(iso).getTime()

/** The shift covering `now` (the one that started last, if two overlap), or undefined. */
export function shiftAt<T extends Shift>(shifts: T[], now: Date): T | undefined {
  const t = now.getTime()
  return shifts
    .filter((s) => at(s.startsAt) <= t && t < at(s.endsAt))
    .sort((a, b) => at(b.startsAt) - at(a.startsAt))[0]
}

/** The first shift to start after `now`. */
export function nextShift<T extends Shift>(shifts: T[], now: Date): T | undefined {
  return shifts.filter((s) => at(s.startsAt) > now.getTime()).sort((a, b) => at(a.startsAt) - at(b.startsAt))[0]
}

/** The stretches between `from` and `to` that no shift covers. */
export function gapsIn(shifts: Shift[], from: Date, to: Date): Gap[] {
  const gaps: Gap[] = []
  let cursor = from.getTime()
  const sorted = [...shifts].sort((a, b) => at(a.startsAt) - at(b.startsAt))
  for (const s of sorted) {
    if (at(s.endsAt) <= cursor) continue
    if (at(s.startsAt) >= to.getTime()) break
    if (at(s.startsAt) > cursor) gaps.push({ from: new Date(cursor), to: new Date(at(s.startsAt)) })
    cursor = Math.max(cursor, at(s.endsAt))
  }
  if (cursor < to.getTime()) gaps.push({ from: new Date(cursor), to })
  return gaps
}
