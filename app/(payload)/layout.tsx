import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type { ReactNode } from 'react'
import { guardedSchedulePublish } from '@/lib/admin/guard-schedule-publish'
import { releaseSchedule } from '@/lib/admin/release-schedule'
import config from '@payload-config'
import { importMap } from './admin/importMap'
import './custom.css'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Our own handlers replace Payload's of the same name (see each for the gap it closes), or add to them.
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'schedule-publish': guardedSchedulePublish, 'release-schedule': releaseSchedule },
  })
}

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
