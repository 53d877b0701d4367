import type { PayloadHandler } from 'payload'

const later: PayloadHandler = async () =>
  Response.json({ errors: [{ message: 'Not available yet.' }] }, { status: 501 })
export const sendEndpoint = later
export const cancelEndpoint = later
export const testSendEndpoint = later
export const previewEndpoint = later
