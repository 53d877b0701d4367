import { describe, expect, it } from 'vitest'
import { weekLabel, weekOf } from '../lib/numbers/weeks'

describe('the week a "What landed" page shows', () => {
  it('is named in words, London style, never as ISO dates', () => {
    expect(weekLabel(weekOf('2026-12-09'))).toBe('Monday 7 to Sunday 13 December 2026')
  })

  it('names both months, or both years, when the week crosses one', () => {
    expect(weekLabel(weekOf('2026-11-30'))).toBe('Monday 30 November to Sunday 6 December 2026')
    expect(weekLabel(weekOf('2026-12-31'))).toBe('Monday 28 December 2026 to Sunday 3 January 2027')
  })
})
