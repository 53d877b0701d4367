// Serves the app for Playwright as production would: `next build`, then `npm start` on a fresh database
// with the demo content, so tests see exactly what a newcomer's `npm start` serves.
import { execFileSync, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { ADMIN } from './credentials'

const dataDir = '.data-e2e'
rmSync(dataDir, { recursive: true, force: true })
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: process.env.E2E_PORT || '3100',
  // Production refuses to start without its public address; the tests reach it here.
  SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`,
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  NEXT_TELEMETRY_DISABLED: '1',
  // The tests stand in for the proxy in front: they set X-Forwarded-For to give each test a client address of its
  // own, as nginx would. That a header from anyone else is ignored is tested on server/client-address.mjs.
  TRUSTED_PROXIES: '127.0.0.1,::1',
  // A test browser fills the form faster than any person; the minimum fill time is covered by integration tests.
  ENQUIRY_MIN_FILL_SECONDS: '0',
}
// A DATABASE_URL in the environment would make the tests share a real database: use a throwaway one instead.
delete env.DATABASE_URL
if (process.env.E2E_SKIP_BUILD !== 'true') execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env })
const server = spawn('npx', ['tsx', 'scripts/serve.ts', 'start'], { stdio: 'inherit', env })
const stop = () => server.kill('SIGTERM')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.on('exit', (code) => process.exit(code ?? 0))
