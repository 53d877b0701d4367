// `npm run dev` / `npm start`: find or start the database, then run Next. Payload itself applies migrations,
// creates the first admin and loads demo content when it boots inside the server (see lib/boot).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { parseEnv, productionProblems } from '../lib/env'
import { ensureDatabase, loadEnvFiles } from './lib/environment'

const mode = process.argv[2]
if (mode !== 'dev' && mode !== 'start') {
  console.error('Usage: tsx scripts/serve.ts dev|start')
  process.exit(1)
}
loadEnvFiles(mode === 'dev')
;(process.env as Record<string, string>).NODE_ENV ||= mode === 'dev' ? 'development' : 'production'

try {
  const problems = productionProblems(parseEnv())
  if (problems.length) throw new Error(`Invalid environment configuration:\n${problems.join('\n')}`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
  console.error('No production build found. Run `npm run build` first.')
  process.exit(1)
}

// In a terminal, PostgreSQL runs apart from Ctrl-C: the server stops first (its jobs, its last counts), then it.
const db = await ensureDatabase({ ownSignals: true, detach: Boolean(process.stdin.isTTY) })
// Next runs behind our own HTTP server, which decides each client's address (server/next-server.mjs).
const child = spawn(process.execPath, ['server/next-server.mjs', mode], { stdio: 'inherit', env: process.env })

let stopping = false
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return
  stopping = true
  child.kill(signal)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', async (code, signal) => {
  await db.stop().catch((error) => console.error('Could not stop PostgreSQL cleanly:', error))
  process.exit(code ?? (signal ? 0 : 1))
})
