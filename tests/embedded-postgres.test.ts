import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../lib/db/embedded'

const groupOf = (pid: number) => Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }))

describe('the embedded PostgreSQL started from a terminal', () => {
  it('runs in a process group of its own, so Ctrl-C reaches only the launcher, which stops it after the app', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'press-office-detached-'))
    await chmod(dir, 0o755)
    const db = await startEmbeddedPostgres({ dataDir: dir, persistent: false, detach: true })
    try {
      const pid = Number((await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0])
      expect(groupOf(pid)).toBe(pid)
      expect(groupOf(pid)).not.toBe(groupOf(process.pid))
    } finally {
      await db.stop()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
