import type { Access } from 'payload'

/** Staff see every expert; the public only those listed in the directory (one on leave can be taken off it). */
export const readExperts: Access = ({ req }) => (req.user ? true : { listed: { equals: true } })
