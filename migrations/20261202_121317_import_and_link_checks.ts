import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_link_checks_status" AS ENUM('unchecked', 'ok', 'broken');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"host" varchar,
  	"status" "enum_link_checks_status" DEFAULT 'unchecked',
  	"http_status" numeric,
  	"problem" varchar,
  	"first_broken_at" timestamp(3) with time zone,
  	"last_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"releases_id" integer
  );
  
  ALTER TABLE "releases" ADD COLUMN "link_warnings" jsonb;
  ALTER TABLE "releases" ADD COLUMN "import_report" jsonb;
  ALTER TABLE "releases" ADD COLUMN "import_key" varchar;
  ALTER TABLE "_releases_v" ADD COLUMN "version_link_warnings" jsonb;
  ALTER TABLE "_releases_v" ADD COLUMN "version_import_report" jsonb;
  ALTER TABLE "_releases_v" ADD COLUMN "version_import_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "link_checks_rels" ADD CONSTRAINT "link_checks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "link_checks_rels" ADD CONSTRAINT "link_checks_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_host_idx" ON "link_checks" USING btree ("host");
  CREATE INDEX "link_checks_status_idx" ON "link_checks" USING btree ("status");
  CREATE INDEX "link_checks_last_checked_at_idx" ON "link_checks" USING btree ("last_checked_at");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE INDEX "link_checks_rels_order_idx" ON "link_checks_rels" USING btree ("order");
  CREATE INDEX "link_checks_rels_parent_idx" ON "link_checks_rels" USING btree ("parent_id");
  CREATE INDEX "link_checks_rels_path_idx" ON "link_checks_rels" USING btree ("path");
  CREATE INDEX "link_checks_rels_releases_id_idx" ON "link_checks_rels" USING btree ("releases_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_import_key_idx" ON "releases" USING btree ("import_key");
  CREATE INDEX "_releases_v_version_version_import_key_idx" ON "_releases_v" USING btree ("version_import_key");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "link_checks_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'goPublic', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'goPublic', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "releases_import_key_idx";
  DROP INDEX "_releases_v_version_version_import_key_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "releases" DROP COLUMN "link_warnings";
  ALTER TABLE "releases" DROP COLUMN "import_report";
  ALTER TABLE "releases" DROP COLUMN "import_key";
  ALTER TABLE "_releases_v" DROP COLUMN "version_link_warnings";
  ALTER TABLE "_releases_v" DROP COLUMN "version_import_report";
  ALTER TABLE "_releases_v" DROP COLUMN "version_import_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  DROP TYPE "public"."enum_link_checks_status";`)
}
