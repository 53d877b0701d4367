import path from 'node:path'

// Every piece of local state (embedded database, secret, uploads) lives under one folder, `.data` by default.
export const dataDir = () => path.resolve(process.env.DATA_DIR || '.data')
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || path.join(dataDir(), 'media'))
