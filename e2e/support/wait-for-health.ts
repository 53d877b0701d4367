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
