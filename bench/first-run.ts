// A newcomer's first minutes: `npm run dev` on an empty database, timed from the command to the demo news list
// answering and then to the admin's login page. Run it in a fresh clone right after `npm install` for the figure a
// newcomer sees (an existing .next/dev compile cache makes it faster). The database is a throwaway folder of its
// own, removed afterwards. Asserts nothing.
//   FIRST_RUN_PORT (3390)
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'

const port = Number(process.env.FIRST_RUN_PORT || 3390)
const dataDir = `.data-first-run-${Date.now().toString(36)}`
const base = `http://127.0.0.1:${port}`
const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(1)

// Its own embedded database, as on a machine with no DATABASE_URL.
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port) }
delete env.DATABASE_URL
const dev = spawn('npm', ['run', 'dev'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
})
// Where the time goes: the launcher's own lines, stamped with the seconds since the command.
dev.stdout!.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n').filter(Boolean))
    console.log(`  [${seconds()} s] ${line.slice(0, 160)}`)
})

async function until(path: string, limitMs = 600_000) {
  while (Date.now() - started < limitMs) {
    const status = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(120_000) })
      .then((r) => r.status)
      .catch(() => 0)
    if (status === 200) return Number(seconds())
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${path} did not answer within ${limitMs / 1000} s`)
}

try {
  const news = await until('/news')
  console.log(`/news answered with the demo after ${news} s`)
  const login = await until('/admin/login')
  console.log(`/admin/login answered after ${login} s (${(login - news).toFixed(1)} s more)`)
} finally {
  // Ctrl-C as a person would press it: to the launcher, which stops the app and then its database.
  const exited = new Promise((resolve) => dev.once('exit', resolve))
  process.kill(dev.pid!, 'SIGINT')
  const late = setTimeout(() => process.kill(-dev.pid!, 'SIGKILL'), 30_000)
  await exited
  clearTimeout(late)
  await rm(dataDir, { recursive: true, force: true })
}
