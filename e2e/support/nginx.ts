import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopAndRemove, waitForHealth } from './proxy-process'

export const hasNginx = () => spawnSync('nginx', ['-v']).status === 0

/**
 * The repository's own nginx configuration (deploy/nginx/press-office.conf), run for real in front of a test server:
 * its port, upstream (one app server or several) and cache folder changed, and nginx connecting from 127.0.0.2, so
 * the app can tell the proxy (trusted) from a client on 127.0.0.1 (not trusted).
 */
export async function startNginx(port: number, upstreamPorts: number | number[]) {
  const upstream = [upstreamPorts]
    .flat()
    .map((p) => `server 127.0.0.1:${p};`)
    .join('\n  ')
  const dir = mkdtempSync(path.join(tmpdir(), 'press-office-nginx-'))
  for (const sub of ['cache', 'tmp']) mkdirSync(path.join(dir, sub))
  chmodSync(dir, 0o777)
  const site = readFileSync('deploy/nginx/press-office.conf', 'utf8')
    .replace('/var/cache/nginx/press-office', path.join(dir, 'cache'))
    .replace('server 127.0.0.1:3000;', upstream)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('proxy_http_version 1.1;', 'proxy_http_version 1.1;\n  proxy_bind 127.0.0.2;')
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(dir, 'tmp', t)};`)
    .join('\n  ')
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events {}
http {
  access_log off;
  ${temp}
${site}
}
`,
  )
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'inherit',
  })
  const url = `http://127.0.0.1:${port}`
  await waitForHealth(url)
  return {
    url,
    stop: () => stopAndRemove(child, 'SIGQUIT', dir),
  }
}
