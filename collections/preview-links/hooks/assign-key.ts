import type { CollectionBeforeChangeHook } from 'payload'
import { newPreviewKey } from '../../../lib/preview/link-token'

/** Every link gets a fresh random key from the server when it is made; nothing a client sends can set or change it. */
export const assignKey: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => ({
  ...data,
  key: operation === 'create' ? newPreviewKey() : originalDoc?.key,
})
