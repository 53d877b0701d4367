import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'

/** Waits (up to ten seconds) until a proxy started in front of a test server passes its health check through. */
export async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Stops a proxy a test started, then removes the folder it ran from. */
export const stopAndRemove = (child: ChildProcess, signal: NodeJS.Signals, dir: string) =>
  new Promise<void>((resolve) => {
    const remove = () => {
      rmSync(dir, { recursive: true, force: true })
      resolve()
    }
    if (child.exitCode !== null) return remove()
    child.once('exit', remove)
    child.kill(signal)
  })
