import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { guardRoute } from '@/lib/api/guard-route'
import { headLikeGet } from '@/lib/api/head-like-get'
import { keepFileLength } from '@/lib/api/keep-file-length'
import { payload } from '@/lib/data/payload'
import config from '@payload-config'

export const GET = guardRoute('rest', keepFileLength(REST_GET(config)), payload)
// Link checkers and CDNs ask with HEAD: the same answer as GET, without the body (Payload answers only GET).
export const HEAD = guardRoute('rest', keepFileLength(headLikeGet(REST_GET(config))), payload)
export const POST = guardRoute('rest', REST_POST(config), payload)
export const DELETE = guardRoute('rest', REST_DELETE(config), payload)
export const PATCH = guardRoute('rest', REST_PATCH(config), payload)
export const PUT = guardRoute('rest', REST_PUT(config), payload)
export const OPTIONS = REST_OPTIONS(config)
