import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_entries_action" AS ENUM('release.published', 'release.unpublished', 'release.slug-changed', 'embargo.set', 'embargo.changed', 'embargo.lifted', 'schedule.set', 'schedule.cancelled', 'correction.added', 'preview-link.created', 'preview-link.revoked', 'distribution.sent', 'media.replaced', 'user.created', 'user.role-changed', 'sign-in.succeeded', 'sign-in.failed', 'import.done', 'backup.made', 'backup.restored');
  CREATE TABLE "audit_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"action" "enum_audit_entries_action" NOT NULL,
  	"summary" varchar NOT NULL,
  	"actor_id" numeric,
  	"actor_label" varchar,
  	"subject_collection" varchar,
  	"subject_id" varchar,
  	"subject_title" varchar,
  	"field" varchar,
  	"before" varchar,
  	"after" varchar,
  	"client_address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_entries_id" integer;
  CREATE INDEX "audit_entries_created_at_idx" ON "audit_entries" USING btree ("created_at");
  CREATE INDEX "audit_entries_action_idx" ON "audit_entries" USING btree ("action");
  CREATE INDEX "audit_entries_actor_id_idx" ON "audit_entries" USING btree ("actor_id");
  CREATE INDEX "audit_entries_actor_label_idx" ON "audit_entries" USING btree ("actor_label");
  CREATE INDEX "audit_entries_subject_id_idx" ON "audit_entries" USING btree ("subject_id");
  CREATE INDEX "audit_entries_updated_at_idx" ON "audit_entries" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_entries_fk" FOREIGN KEY ("audit_entries_id") REFERENCES "public"."audit_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_entries_id");`)
  // The trail is append-only in the database itself, whatever writes to it: an entry is never updated, and deleted
  // only by the retention job (lib/db/audit.ts), which says so for its own transaction. A restore replaces the
  // whole table with TRUNCATE, which these row triggers leave alone.
  await db.execute(sql`
   CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' AND current_setting('press_office.audit_prune', true) = 'on' THEN
       RETURN OLD;
     END IF;
     RAISE EXCEPTION 'The audit trail cannot be changed: % refused', lower(TG_OP)
       USING ERRCODE = 'insufficient_privilege';
   END
   $$;
   CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries"
     FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER "audit_entries_append_only" ON "audit_entries";
   DROP FUNCTION "audit_entries_append_only"();
   ALTER TABLE "audit_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_entries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_entries_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_entries_id";
  DROP TYPE "public"."enum_audit_entries_action";`)
}
