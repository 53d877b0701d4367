// Boots Payload once when the server starts, so migrations, the first admin and demo content are in place
// before the first request rather than during it. `cron` starts the in-process job runner (payload.config.ts
// jobs.autoRun), which JOBS_AUTORUN=false leaves empty for separate `npm run jobs` workers. Then each server
// catches up on embargoes that lifted while it was down, watches for more, and listens for other instances' cache
// invalidations.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  ;(await import('./lib/boot/production-ready')).exitUnlessProductionReady()
  if (!process.env.DATABASE_URL) return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config, cron: true })
  const { startPublicationClock } = await import('./lib/publication/clock')
  const { listenForInvalidations } = await import('./lib/cache/sync')
  startPublicationClock(payload)
  listenForInvalidations(process.env.DATABASE_URL, payload)
}
