// Boots Payload once when the server starts, so migrations, the first admin and demo content are in place
// before the first request rather than during it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build' || !process.env.DATABASE_URL) return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config })
}
