import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded a file, for the rule that contributors manage their own uploads; set once, by the server. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => ({
  ...data,
  uploadedBy: operation === 'create' ? (req.user?.id ?? null) : (originalDoc?.uploadedBy ?? null),
})
