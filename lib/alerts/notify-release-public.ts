import type { Payload } from 'payload'
import { claimReleaseAlert, unclaimReleaseAlert } from '../db/alerts'
import { findPublicRelease } from '../release/public-release'

// Alerts are for news: a release dated longer ago than this when it goes public is not news to subscribers.
export const ALERT_WINDOW_MS = 24 * 60 * 60 * 1000

/** Whether subscribers are told about a release going public now: dated within a day, or an editor asked. */
export const isNews = (release: { releaseDate?: string | null; alertAnyway?: boolean | null }, now = Date.now()) =>
  Boolean(release.alertAnyway) ||
  !release.releaseDate ||
  new Date(release.releaseDate).getTime() >= now - ALERT_WINDOW_MS

/**
 * Call when a release may have just become public (published with no embargo ahead, or its embargo passed). If
 * the public can see it and it was never alerted, it is claimed, and its alerts are queued when it is news (dated
 * within a day, or an editor ticked "Email subscribers even though..."): an imported archive release dated 2021
 * goes public without a word to anyone. Safe to call any number of times from any process: the release_alerts row
 * is claimed in one statement, so each release is alerted once, ever, and one published quietly never is later.
 */
export async function notifyReleasePublic(payload: Payload, releaseId: number | string): Promise<void> {
  const id = Number(releaseId)
  if (!Number.isSafeInteger(id)) return
  const release = await findPublicRelease(payload, { id })
  if (!release) return
  if (!(await claimReleaseAlert(payload, id))) return
  if (!isNews(release)) {
    payload.logger.info({ release: id }, 'Published quietly: dated more than a day ago, so no email alerts')
    return
  }
  try {
    // The fan-out to subscribers is a job of its own, so a database hiccup there is retried by the queue.
    await payload.jobs.queue({ task: 'queueReleaseAlerts', input: { release: id } })
  } catch (error) {
    await unclaimReleaseAlert(payload, id)
    throw error
  }
}
