import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_contacts_lawful_basis" AS ENUM('legitimate-interest', 'consent');
  CREATE TYPE "public"."enum_media_contacts_status" AS ENUM('active', 'unsubscribed', 'bouncing');
  CREATE TYPE "public"."enum_media_lists_kind" AS ENUM('picked', 'beats', 'outlets');
  CREATE TYPE "public"."enum_distributions_timing" AS ENUM('now', 'at', 'embargo');
  CREATE TYPE "public"."enum_distributions_status" AS ENUM('draft', 'scheduled', 'sending', 'sent', 'cancelled');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'startDistribution' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDistribution' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'startDistribution' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDistribution' BEFORE 'schedulePublish';
  CREATE TABLE "media_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"outlet" varchar,
  	"role" varchar,
  	"phone" varchar,
  	"notes" varchar,
  	"source" varchar,
  	"lawful_basis" "enum_media_contacts_lawful_basis" DEFAULT 'legitimate-interest' NOT NULL,
  	"basis_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_media_contacts_status" DEFAULT 'active' NOT NULL,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"bounced_at" timestamp(3) with time zone,
  	"bounce_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_contacts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "media_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"kind" "enum_media_lists_kind" DEFAULT 'picked' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_lists_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_contacts_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "distributions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"subject" varchar,
  	"note" varchar,
  	"timing" "enum_distributions_timing" DEFAULT 'now' NOT NULL,
  	"send_at" timestamp(3) with time zone,
  	"status" "enum_distributions_status" DEFAULT 'draft' NOT NULL,
  	"sends_at" timestamp(3) with time zone,
  	"sent_by_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"recipients" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "distributions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_lists_id" integer,
  	"media_contacts_id" integer
  );
  
  CREATE TABLE "coverage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"outlet" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"headline" varchar,
  	"url" varchar,
  	"reach" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "distributions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coverage_id" integer;
  ALTER TABLE "media_contacts_rels" ADD CONSTRAINT "media_contacts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_contacts_rels" ADD CONSTRAINT "media_contacts_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_lists_texts" ADD CONSTRAINT "media_lists_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_lists_rels" ADD CONSTRAINT "media_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_lists_rels" ADD CONSTRAINT "media_lists_rels_media_contacts_fk" FOREIGN KEY ("media_contacts_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_lists_rels" ADD CONSTRAINT "media_lists_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions" ADD CONSTRAINT "distributions_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_media_lists_fk" FOREIGN KEY ("media_lists_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "distributions_rels" ADD CONSTRAINT "distributions_rels_media_contacts_fk" FOREIGN KEY ("media_contacts_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coverage" ADD CONSTRAINT "coverage_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "media_contacts_email_idx" ON "media_contacts" USING btree ("email");
  CREATE INDEX "media_contacts_outlet_idx" ON "media_contacts" USING btree ("outlet");
  CREATE INDEX "media_contacts_status_idx" ON "media_contacts" USING btree ("status");
  CREATE INDEX "media_contacts_updated_at_idx" ON "media_contacts" USING btree ("updated_at");
  CREATE INDEX "media_contacts_created_at_idx" ON "media_contacts" USING btree ("created_at");
  CREATE INDEX "media_contacts_rels_order_idx" ON "media_contacts_rels" USING btree ("order");
  CREATE INDEX "media_contacts_rels_parent_idx" ON "media_contacts_rels" USING btree ("parent_id");
  CREATE INDEX "media_contacts_rels_path_idx" ON "media_contacts_rels" USING btree ("path");
  CREATE INDEX "media_contacts_rels_topics_id_idx" ON "media_contacts_rels" USING btree ("topics_id");
  CREATE INDEX "media_lists_updated_at_idx" ON "media_lists" USING btree ("updated_at");
  CREATE INDEX "media_lists_created_at_idx" ON "media_lists" USING btree ("created_at");
  CREATE INDEX "media_lists_texts_order_parent" ON "media_lists_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_lists_rels_order_idx" ON "media_lists_rels" USING btree ("order");
  CREATE INDEX "media_lists_rels_parent_idx" ON "media_lists_rels" USING btree ("parent_id");
  CREATE INDEX "media_lists_rels_path_idx" ON "media_lists_rels" USING btree ("path");
  CREATE INDEX "media_lists_rels_media_contacts_id_idx" ON "media_lists_rels" USING btree ("media_contacts_id");
  CREATE INDEX "media_lists_rels_topics_id_idx" ON "media_lists_rels" USING btree ("topics_id");
  CREATE INDEX "distributions_release_idx" ON "distributions" USING btree ("release_id");
  CREATE INDEX "distributions_status_idx" ON "distributions" USING btree ("status");
  CREATE INDEX "distributions_sent_by_idx" ON "distributions" USING btree ("sent_by_id");
  CREATE INDEX "distributions_updated_at_idx" ON "distributions" USING btree ("updated_at");
  CREATE INDEX "distributions_created_at_idx" ON "distributions" USING btree ("created_at");
  CREATE INDEX "distributions_rels_order_idx" ON "distributions_rels" USING btree ("order");
  CREATE INDEX "distributions_rels_parent_idx" ON "distributions_rels" USING btree ("parent_id");
  CREATE INDEX "distributions_rels_path_idx" ON "distributions_rels" USING btree ("path");
  CREATE INDEX "distributions_rels_media_lists_id_idx" ON "distributions_rels" USING btree ("media_lists_id");
  CREATE INDEX "distributions_rels_media_contacts_id_idx" ON "distributions_rels" USING btree ("media_contacts_id");
  CREATE INDEX "coverage_release_idx" ON "coverage" USING btree ("release_id");
  CREATE INDEX "coverage_updated_at_idx" ON "coverage" USING btree ("updated_at");
  CREATE INDEX "coverage_created_at_idx" ON "coverage" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_contacts_fk" FOREIGN KEY ("media_contacts_id") REFERENCES "public"."media_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_lists_fk" FOREIGN KEY ("media_lists_id") REFERENCES "public"."media_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_distributions_fk" FOREIGN KEY ("distributions_id") REFERENCES "public"."distributions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coverage_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_media_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("media_contacts_id");
  CREATE INDEX "payload_locked_documents_rels_media_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("media_lists_id");
  CREATE INDEX "payload_locked_documents_rels_distributions_id_idx" ON "payload_locked_documents_rels" USING btree ("distributions_id");
  CREATE INDEX "payload_locked_documents_rels_coverage_id_idx" ON "payload_locked_documents_rels" USING btree ("coverage_id");`)

  // Not Payload's: who each distribution went to and what became of each email (lib/db/distribution-recipients),
  // and the one-row pace that caps the send rate across every worker.
  await db.execute(sql`
  CREATE TABLE "distribution_recipients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"distribution_id" integer NOT NULL REFERENCES "distributions"("id") ON DELETE CASCADE,
  	"contact_id" integer REFERENCES "media_contacts"("id") ON DELETE SET NULL,
  	"email" varchar,
  	"name" varchar,
  	"outlet" varchar,
  	"status" varchar DEFAULT 'pending' NOT NULL,
  	"attempts" integer DEFAULT 0 NOT NULL,
  	"retry_at" timestamp(3) with time zone,
  	"claimed_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"preview_link_id" integer REFERENCES "preview_links"("id") ON DELETE SET NULL,
  	"first_clicked_at" timestamp(3) with time zone,
  	"clicks" integer DEFAULT 0 NOT NULL,
  	"unsubscribed_at" timestamp(3) with time zone,
  	CONSTRAINT "distribution_recipients_once" UNIQUE ("distribution_id", "contact_id")
  );
  CREATE INDEX "distribution_recipients_status_idx" ON "distribution_recipients" USING btree ("distribution_id", "status");
  CREATE INDEX "distribution_recipients_contact_idx" ON "distribution_recipients" USING btree ("contact_id");
  CREATE TABLE "mail_pace" ("id" integer PRIMARY KEY NOT NULL, "next_at" timestamp(3) with time zone NOT NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "distribution_recipients"; DROP TABLE "mail_pace";`)
  await db.execute(sql`
   ALTER TABLE "media_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_contacts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_lists_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_lists_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "distributions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coverage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_contacts" CASCADE;
  DROP TABLE "media_contacts_rels" CASCADE;
  DROP TABLE "media_lists" CASCADE;
  DROP TABLE "media_lists_texts" CASCADE;
  DROP TABLE "media_lists_rels" CASCADE;
  DROP TABLE "distributions" CASCADE;
  DROP TABLE "distributions_rels" CASCADE;
  DROP TABLE "coverage" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_distributions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coverage_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'goPublic', 'checkLinks', 'reindexTopic', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEnquiryEmail', 'sendEmail', 'alertRelease', 'queueReleaseAlerts', 'sendReleaseAlerts', 'goPublic', 'checkLinks', 'reindexTopic', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_media_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_distributions_id_idx";
  DROP INDEX "payload_locked_documents_rels_coverage_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "distributions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coverage_id";
  DROP TYPE "public"."enum_media_contacts_lawful_basis";
  DROP TYPE "public"."enum_media_contacts_status";
  DROP TYPE "public"."enum_media_lists_kind";
  DROP TYPE "public"."enum_distributions_timing";
  DROP TYPE "public"."enum_distributions_status";`)
}
