import path from 'node:path'
import { env } from './env'

// Every piece of local state (embedded database, secret, uploads) lives under one folder, `.data` by default.
// The turbopackIgnore hints keep the build from tracing the whole project through these run-time paths.
export const dataDir = () => path.resolve(/*turbopackIgnore: true*/ env().DATA_DIR)
export const mediaDir = () => path.resolve(/*turbopackIgnore: true*/ env().MEDIA_DIR || path.join(dataDir(), 'media'))
