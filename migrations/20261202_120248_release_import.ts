import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ADD COLUMN "import_report" jsonb;
  ALTER TABLE "releases" ADD COLUMN "import_key" varchar;
  ALTER TABLE "_releases_v" ADD COLUMN "version_import_report" jsonb;
  ALTER TABLE "_releases_v" ADD COLUMN "version_import_key" varchar;
  CREATE INDEX "releases_import_key_idx" ON "releases" USING btree ("import_key");
  CREATE INDEX "_releases_v_version_version_import_key_idx" ON "_releases_v" USING btree ("version_import_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "releases_import_key_idx";
  DROP INDEX "_releases_v_version_version_import_key_idx";
  ALTER TABLE "releases" DROP COLUMN "import_report";
  ALTER TABLE "releases" DROP COLUMN "import_key";
  ALTER TABLE "_releases_v" DROP COLUMN "version_import_report";
  ALTER TABLE "_releases_v" DROP COLUMN "version_import_key";`)
}
