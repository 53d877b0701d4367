import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'goPublic' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'goPublic' BEFORE 'schedulePublish';`)

  // Not a Payload collection: up to when lifted embargoes have been handled (lib/publication/go-public). Starts at
  // now: embargoes that lifted before were handled as they lifted.
  await db.execute(sql`
  CREATE TABLE "publication_watermark" (
  	"id" integer PRIMARY KEY NOT NULL CHECK ("id" = 1),
  	"lifted_through" timestamp(3) with time zone NOT NULL
  );
  INSERT INTO "publication_watermark" ("id", "lifted_through") VALUES (1, now());`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "publication_watermark";`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
