export {}
// Writes a migration for whatever the Payload config changed since the last one: `npm run migrate:create NAME`.
// It compares the config with the last migration's snapshot, so it needs no database.
const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('Usage: npm run migrate:create <name>   (letters, numbers, - and _ only)')
  process.exit(1)
}
process.env.PAYLOAD_SECRET ||= 'only-used-to-author-migrations-0000000000'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: false, skipEmpty: false })
process.exit(0)
