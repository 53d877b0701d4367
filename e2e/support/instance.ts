import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { ADMIN } from './credentials'
import { auth, expect } from './fixtures'

export type Instance = { url: string; port: number; stop: () => Promise<void>; process: ChildProcess }

async function waitFor(url: string, timeoutMs: number, process: ChildProcess) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (process.exitCode !== null)
      throw new Error(`the server stopped (exit ${process.exitCode}) before answering ${url}`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`)
}

/**
 * A second production server from the same build, on its own port and its own embedded database with the demo
 * content: for tests that put something in front of it (nginx) or take its database away. Stopped with SIGTERM.
 */
export async function startInstance(name: string, port: number, env: Record<string, string> = {}): Promise<Instance> {
  const dataDir = `.data-e2e-${name}`
  rmSync(dataDir, { recursive: true, force: true })
  // The launcher itself (not through npx), so SIGTERM reaches it: it stops the server, then its database.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ENQUIRY_MIN_FILL_SECONDS: '0',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(`${url}/api/health`, 240_000, child)
  return {
    url,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true })
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}

/** A token for the first admin of a server started here (ADMIN_EMAIL and ADMIN_PASSWORD, above). */
export async function adminTokenFor(url: string): Promise<string> {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  return (await login.json()).token
}

export type WrittenDoc = { id: number; slug: string; title: string }

/** A REST write to a server started here, as a member of staff (`token`): the document written, or the test fails. */
export async function writeAs(url: string, token: string, method: string, path: string, data: unknown) {
  const res = await fetch(`${url}/api/${path}`, {
    method,
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  const body = await res.text()
  expect(res.ok, body).toBeTruthy()
  return JSON.parse(body).doc as WrittenDoc
}
