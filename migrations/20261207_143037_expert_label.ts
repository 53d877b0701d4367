import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "experts" ADD COLUMN "label" varchar;`)
  // Experts saved before the label existed: name, job title and department, as hooks/label-expert.ts writes it.
  await db.execute(sql`
   UPDATE "experts" SET "label" = concat_ws(', ', "name", nullif("job_title", ''), nullif("department", ''))
     || CASE WHEN "listed" = false THEN ' (not in the directory)' ELSE '' END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "experts" DROP COLUMN "label";`)
}
