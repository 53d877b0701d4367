import type { PayloadHandler } from 'payload'

// Written by the coverage work: logs one row per pasted address.
export const pasteEndpoint: PayloadHandler = async () =>
  Response.json({ errors: [{ message: 'Not available yet.' }] }, { status: 501 })
