import { env } from '../env'

/** Where this server reaches itself (and jobs or scripts reach it): on loopback, whatever Host a visitor sent. */
export const internalBaseUrl = () => env().INTERNAL_URL || `http://127.0.0.1:${env().PORT}`
