import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '../lib/db/embedded'
import { expect, test } from './support/fixtures'

// The Docker image cannot be built here (no container engine), so its contents are: the standalone build, put
// together exactly as the Dockerfile's last stage does, served by its CMD against PostgreSQL, and stopped as
// `docker stop` stops it.
test('the production image serves the newsroom from the files the Dockerfile assembles', async ({ request }) => {
  test.setTimeout(20 * 60_000)
  const root = mkdtempSync(path.join(tmpdir(), 'press-office-image-'))
  // PostgreSQL runs as its own user, which must be able to reach its folder inside this one.
  chmodSync(root, 0o755)
  const source = path.join(root, 'src')
  const app = path.join(root, 'app')
  try {
    // The build stage: the repository's files (what `COPY . .` takes, less .dockerignore) and its dependencies.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean)
    for (const file of files) cpSync(file, path.join(source, file), { recursive: true })
    execFileSync('cp', ['-al', 'node_modules', path.join(source, 'node_modules')])
    execFileSync('npx', ['next', 'build'], {
      cwd: source,
      stdio: 'inherit',
      env: { ...process.env, NEXT_OUTPUT: 'standalone', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    })

    // The run stage: COPY .next/standalone ./, .next/static, public, server.
    // Symlinks as they are (Next links externals under .next/node_modules), as Docker's COPY keeps them.
    cpSync(path.join(source, '.next/standalone'), app, { recursive: true, verbatimSymlinks: true })
    cpSync(path.join(source, '.next/static'), path.join(app, '.next/static'), { recursive: true })
    cpSync(path.join(source, 'public'), path.join(app, 'public'), { recursive: true })
    cpSync(path.join(source, 'server'), path.join(app, 'server'), { recursive: true })
    rmSync(source, { recursive: true, force: true })

    const db = await startEmbeddedPostgres({
      dataDir: path.join(root, 'db'),
      database: 'pressoffice',
      persistent: false,
    })
    const port = 3400
    // The image's ENV, and what docker-compose.yml gives it.
    const server = spawn('node', ['server/next-server.mjs', 'start'], {
      cwd: app,
      stdio: 'inherit',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        HOSTNAME: '0.0.0.0',
        MEDIA_DIR: path.join(root, 'media'),
        DATABASE_URL: db.url,
        PAYLOAD_SECRET: 'an-image-test-secret-of-at-least-32-characters',
        SITE_URL: `http://127.0.0.1:${port}`,
        SEED_DEMO: 'true',
        ADMIN_EMAIL: 'image-admin@example.com',
        ADMIN_PASSWORD: 'image-admin-password',
      },
    })
    try {
      const base = `http://127.0.0.1:${port}`
      await expect
        .poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), {
          timeout: 240_000,
          intervals: [1000],
        })
        .toBe(200)
      const home = await request.get(`${base}/`)
      expect(home.status()).toBe(200)
      const html = await home.text()
      expect(html).toContain('University of Harrowmere')
      const style = html.match(/\/_next\/static\/[^"']+\.css/)?.[0]
      expect(style, 'a stylesheet from .next/static').toBeTruthy()
      expect((await request.get(`${base}${style}`)).status()).toBe(200)
      // Readers' pages carry none of the framework's scripts (server/reading-pages.mjs); the admin's do.
      const admin = await (await request.get(`${base}/admin/login`)).text()
      const script = admin.match(/\/_next\/static\/[^"']+\.js/)?.[0]
      expect(script, 'a script from .next/static').toBeTruthy()
      expect((await request.get(`${base}${script}`)).status()).toBe(200)
      expect((await request.get(`${base}/assets/enhance.js`)).status()).toBe(200)
      const release = (await (await request.get(`${base}/api/releases?limit=1&depth=1`)).json()).docs[0]
      expect((await request.get(`${base}/news/${release.slug}`)).status()).toBe(200)
      // Its PDF: pdfkit and the font metrics it reads at run time are in the image.
      const pdf = await request.get(`${base}/news/${release.slug}/release.pdf`)
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()['content-type']).toBe('application/pdf')
      expect((await request.get(release.heroImage.url)).status()).toBe(200)
      for (const file of ['/icon.svg', '/manifest.webmanifest', '/apple-touch-icon.png'])
        expect((await request.get(`${base}${file}`)).status(), file).toBe(200)
      expect((await request.get(`${base}/admin/login`)).status()).toBe(200)
      // `docker stop`: SIGTERM, and a clean exit well within the grace period.
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
      server.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL')
      await db.stop()
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
