// Boots Payload once when the server starts, so migrations, the first admin and demo content are in place
// before the first request rather than during it, and starts the in-process job runner (unless JOBS_AUTORUN=false
// leaves the jobs to separate `npm run jobs` workers). Then each server
// catches up on embargoes that lifted while it was down, watches for more, and listens for other instances' cache
// invalidations, writes the counts of readings (lib/numbers) to the database, and prunes the audit trail.
export async function register() {
  // Next's own switch, read before anything Node-only loads: the one environment read outside lib/env.ts.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { env, isBuilding } = await import('./lib/env')
  if (isBuilding()) return
  ;(await import('./lib/boot/production-ready')).exitUnlessProductionReady()
  const databaseUrl = env().DATABASE_URL
  if (!databaseUrl) return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const { startPublicationClock } = await import('./lib/publication/clock')
  const { listenForInvalidations } = await import('./lib/cache/sync')
  const { startJobRunner } = await import('./lib/jobs/runner')
  const stopClock = startPublicationClock(payload)
  const stopHandovers = (await import('./lib/on-call/handover-clock')).startHandoverClock(payload)
  const stopCounting = (await import('./lib/numbers/flush')).startFlushingReadings(payload)
  const stopRetention = (await import('./lib/audit/retention')).startAuditRetention(payload)
  listenForInvalidations(databaseUrl, payload)
  const runner = env().JOBS_AUTORUN ? startJobRunner(payload) : undefined
  // Called by server/next-server.mjs on SIGTERM once it has stopped taking requests: the jobs in hand finish
  // before the process (and then the database) stops, so none is cut off or run twice.
  ;(globalThis as { pressOfficeBeforeExit?: () => Promise<void> }).pressOfficeBeforeExit = async () => {
    stopClock()
    stopHandovers()
    stopRetention()
    await stopCounting()
    await runner?.stop()
  }
}
