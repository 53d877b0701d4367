import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRoute } from '@/lib/api/guard-route'
import { payload } from '@/lib/data/payload'
import config from '@payload-config'

export const POST = guardRoute('graphql', GRAPHQL_POST(config), payload)
export const OPTIONS = REST_OPTIONS(config)
