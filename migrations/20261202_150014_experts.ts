import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_experts_media_experience" AS ENUM('tv', 'radio', 'print', 'live');
  CREATE TABLE "experts_media_experience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_experts_media_experience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "experts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"job_title" varchar,
  	"department" varchar,
  	"summary" varchar,
  	"availability" varchar,
  	"photo_id" integer,
  	"direct_phone" varchar,
  	"direct_email" varchar,
  	"staff_notes" varchar,
  	"slug" varchar,
  	"listed" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "experts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "experts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "releases_rels" ADD COLUMN "experts_id" integer;
  ALTER TABLE "_releases_v_rels" ADD COLUMN "experts_id" integer;
  ALTER TABLE "enquiries" ADD COLUMN "expert_id" integer;
  ALTER TABLE "enquiries" ADD COLUMN "answered_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "experts_id" integer;
  ALTER TABLE "experts_media_experience" ADD CONSTRAINT "experts_media_experience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts" ADD CONSTRAINT "experts_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_texts" ADD CONSTRAINT "experts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "experts_media_experience_order_idx" ON "experts_media_experience" USING btree ("order");
  CREATE INDEX "experts_media_experience_parent_idx" ON "experts_media_experience" USING btree ("parent_id");
  CREATE INDEX "experts_photo_idx" ON "experts" USING btree ("photo_id");
  CREATE UNIQUE INDEX "experts_slug_idx" ON "experts" USING btree ("slug");
  CREATE INDEX "experts_listed_idx" ON "experts" USING btree ("listed");
  CREATE INDEX "experts_updated_at_idx" ON "experts" USING btree ("updated_at");
  CREATE INDEX "experts_created_at_idx" ON "experts" USING btree ("created_at");
  CREATE INDEX "experts_texts_order_parent" ON "experts_texts" USING btree ("order","parent_id");
  CREATE INDEX "experts_rels_order_idx" ON "experts_rels" USING btree ("order");
  CREATE INDEX "experts_rels_parent_idx" ON "experts_rels" USING btree ("parent_id");
  CREATE INDEX "experts_rels_path_idx" ON "experts_rels" USING btree ("path");
  CREATE INDEX "experts_rels_topics_id_idx" ON "experts_rels" USING btree ("topics_id");
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_rels_experts_id_idx" ON "releases_rels" USING btree ("experts_id");
  CREATE INDEX "_releases_v_rels_experts_id_idx" ON "_releases_v_rels" USING btree ("experts_id");
  CREATE INDEX "enquiries_expert_idx" ON "enquiries" USING btree ("expert_id");
  CREATE INDEX "payload_locked_documents_rels_experts_id_idx" ON "payload_locked_documents_rels" USING btree ("experts_id");`)

  // Not a Payload collection: the experts' search index (lib/experts/index-expert), like release_search.
  await db.execute(sql`
  CREATE TABLE "expert_search" (
  	"expert_id" integer PRIMARY KEY NOT NULL REFERENCES "public"."experts"("id") ON DELETE cascade,
  	"document" tsvector NOT NULL
  );
  CREATE INDEX "expert_search_document_idx" ON "expert_search" USING gin ("document");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "expert_search";
   ALTER TABLE "experts_media_experience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "experts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "experts_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "experts_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "experts_media_experience" CASCADE;
  DROP TABLE "experts" CASCADE;
  DROP TABLE "experts_texts" CASCADE;
  DROP TABLE "experts_rels" CASCADE;
  ALTER TABLE "releases_rels" DROP CONSTRAINT "releases_rels_experts_fk";
  
  ALTER TABLE "_releases_v_rels" DROP CONSTRAINT "_releases_v_rels_experts_fk";
  
  ALTER TABLE "enquiries" DROP CONSTRAINT "enquiries_expert_id_experts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_experts_fk";
  
  DROP INDEX "releases_rels_experts_id_idx";
  DROP INDEX "_releases_v_rels_experts_id_idx";
  DROP INDEX "enquiries_expert_idx";
  DROP INDEX "payload_locked_documents_rels_experts_id_idx";
  ALTER TABLE "releases_rels" DROP COLUMN "experts_id";
  ALTER TABLE "_releases_v_rels" DROP COLUMN "experts_id";
  ALTER TABLE "enquiries" DROP COLUMN "expert_id";
  ALTER TABLE "enquiries" DROP COLUMN "answered_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "experts_id";
  DROP TYPE "public"."enum_experts_media_experience";`)
}
