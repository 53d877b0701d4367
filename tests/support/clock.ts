import { afterEach, vi } from 'vitest'

/**
 * The test's clock. Everything that decides by time (the public rule and its SQL, preview links, alerts, Payload's job
 * queue) reads JavaScript's Date in this process, so a test about an embargo lifting starts in the past and then comes
 * back to the present, instead of sleeping through a short embargo and racing it on a loaded machine. Going back, not
 * forward, leaves nothing dated ahead of the real clock for the tests after it (the going-public watermark, say).
 * Only Date is replaced, and it keeps running from where it is set; timers, the database and mail use real time.
 */
export function testClock() {
  afterEach(() => {
    vi.useRealTimers()
  })
  return {
    /** From now on Date reads this long ago. */
    rewind(ms: number) {
      const to = Date.now() - ms
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
      vi.setSystemTime(to)
    },
    /** Back to the present: whatever was due "in a minute" while rewound is now past. */
    catchUp() {
      vi.useRealTimers()
    },
  }
}

export const HOUR = 3_600_000
export const MINUTE = 60_000
