import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { createTestDatabase } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    dataDir: string
    secret: string
  }
}

// One fresh database for the whole run; test files share it and create their own uniquely named data.
export default async function setup(project: TestProject) {
  const db = await createTestDatabase('int')
  project.provide('databaseUrl', db.url)
  project.provide('dataDir', db.dataDir)
  project.provide('secret', randomBytes(32).toString('hex'))
  return () => db.dispose()
}
