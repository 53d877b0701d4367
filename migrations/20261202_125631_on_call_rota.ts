import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "on_call" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"officer_id" integer,
  	"phone" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "on_call_id" integer;
  ALTER TABLE "on_call" ADD CONSTRAINT "on_call_officer_id_contacts_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "on_call_officer_idx" ON "on_call" USING btree ("officer_id");
  CREATE INDEX "on_call_starts_at_idx" ON "on_call" USING btree ("starts_at");
  CREATE INDEX "on_call_ends_at_idx" ON "on_call" USING btree ("ends_at");
  CREATE INDEX "on_call_updated_at_idx" ON "on_call" USING btree ("updated_at");
  CREATE INDEX "on_call_created_at_idx" ON "on_call" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_on_call_fk" FOREIGN KEY ("on_call_id") REFERENCES "public"."on_call"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_on_call_id_idx" ON "payload_locked_documents_rels" USING btree ("on_call_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "on_call" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "on_call" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_on_call_fk";
  
  DROP INDEX "payload_locked_documents_rels_on_call_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "on_call_id";`)
}
