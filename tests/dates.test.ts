import { describe, expect, it } from 'vitest'
import { formatEmbargo } from '../lib/time/dates'

describe('embargo times in London', () => {
  it('reads GMT in winter and BST in summer, at the London wall-clock time', () => {
    expect(formatEmbargo('2026-11-03T00:01:00Z')).toBe('00:01 GMT, Tuesday 3 November 2026')
    expect(formatEmbargo('2027-07-01T08:01:00Z')).toBe('09:01 BST, Thursday 1 July 2027')
  })

  it('changes zone at the clock changes, not at midnight', () => {
    expect(formatEmbargo('2027-03-28T00:59:00Z')).toBe('00:59 GMT, Sunday 28 March 2027')
    expect(formatEmbargo('2027-03-28T01:00:00Z')).toBe('02:00 BST, Sunday 28 March 2027')
    expect(formatEmbargo('2026-10-25T00:59:00Z')).toBe('01:59 BST, Sunday 25 October 2026')
    expect(formatEmbargo('2026-10-25T01:00:00Z')).toBe('01:00 GMT, Sunday 25 October 2026')
  })
})
