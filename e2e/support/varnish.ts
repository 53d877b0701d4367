import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopAndRemove, waitForHealth } from './proxy-process'

export const hasVarnish = () => spawnSync('varnishd', ['-V']).status === 0

/**
 * The repository's own Varnish configuration (deploy/varnish/press-office.vcl), run for real in front of test
 * servers: only its backends file is written here, naming their ports. Purges are allowed from this machine.
 */
export async function startVarnish(port: number, upstreamPorts: number[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'press-office-varnish-'))
  chmodSync(dir, 0o777)
  copyFileSync('deploy/varnish/press-office.vcl', path.join(dir, 'press-office.vcl'))
  const backends = upstreamPorts.map((p, i) => `backend app${i} { .host = "127.0.0.1"; .port = "${p}"; }`)
  const added = upstreamPorts.map((_, i) => `  apps.add_backend(app${i});`)
  writeFileSync(
    path.join(dir, 'backends.vcl'),
    `${backends.join('\n')}
sub vcl_init {
  new apps = directors.round_robin();
${added.join('\n')}
}
acl purgers { "127.0.0.1"; }
`,
  )
  const args = ['-F', '-j', 'none', '-n', path.join(dir, 'state'), '-a', `127.0.0.1:${port}`]
  args.push('-p', `vcl_path=${dir}`, '-f', path.join(dir, 'press-office.vcl'), '-s', 'malloc,64m')
  const child = spawn('varnishd', args, { stdio: ['ignore', 'ignore', 'inherit'] })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url)
  return {
    url,
    stop: () => stopAndRemove(child, 'SIGTERM', dir),
  }
}
