import path from 'node:path'

// Every piece of local state (embedded database, secret, uploads) lives under one folder, `.data` by default.
// The turbopackIgnore hints keep the build from tracing the whole project through these run-time paths.
export const dataDir = () => path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data')
export const mediaDir = () =>
  path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(dataDir(), 'media'))
