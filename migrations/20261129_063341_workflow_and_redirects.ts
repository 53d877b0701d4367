import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_releases_review_status" AS ENUM('draft', 'in_review', 'approved');
  CREATE TYPE "public"."enum__releases_v_version_review_status" AS ENUM('draft', 'in_review', 'approved');
  CREATE TABLE "releases_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_releases_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "preview_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"recipient" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"key" varchar,
  	"secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "releases" ADD COLUMN "review_status" "enum_releases_review_status" DEFAULT 'draft';
  ALTER TABLE "releases" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "releases" ADD COLUMN "author_id" integer;
  ALTER TABLE "_releases_v" ADD COLUMN "version_review_status" "enum__releases_v_version_review_status" DEFAULT 'draft';
  ALTER TABLE "_releases_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_releases_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "preview_links_id" integer;
  ALTER TABLE "releases_texts" ADD CONSTRAINT "releases_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_texts" ADD CONSTRAINT "_releases_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "preview_links" ADD CONSTRAINT "preview_links_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "releases_texts_order_parent" ON "releases_texts" USING btree ("order","parent_id");
  CREATE INDEX "_releases_v_texts_order_parent" ON "_releases_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "preview_links_release_idx" ON "preview_links" USING btree ("release_id");
  CREATE UNIQUE INDEX "preview_links_key_idx" ON "preview_links" USING btree ("key");
  CREATE INDEX "preview_links_updated_at_idx" ON "preview_links" USING btree ("updated_at");
  CREATE INDEX "preview_links_created_at_idx" ON "preview_links" USING btree ("created_at");
  ALTER TABLE "releases" ADD CONSTRAINT "releases_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_preview_links_fk" FOREIGN KEY ("preview_links_id") REFERENCES "public"."preview_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "releases_review_status_idx" ON "releases" USING btree ("review_status");
  CREATE INDEX "releases_author_idx" ON "releases" USING btree ("author_id");
  CREATE INDEX "_releases_v_version_version_review_status_idx" ON "_releases_v" USING btree ("version_review_status");
  CREATE INDEX "_releases_v_version_version_author_idx" ON "_releases_v" USING btree ("version_author_id");
  CREATE INDEX "payload_locked_documents_rels_preview_links_id_idx" ON "payload_locked_documents_rels" USING btree ("preview_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_releases_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "preview_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_texts" CASCADE;
  DROP TABLE "_releases_v_texts" CASCADE;
  DROP TABLE "preview_links" CASCADE;
  ALTER TABLE "releases" DROP CONSTRAINT "releases_author_id_users_id_fk";
  
  ALTER TABLE "_releases_v" DROP CONSTRAINT "_releases_v_version_author_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_preview_links_fk";
  
  DROP INDEX "releases_review_status_idx";
  DROP INDEX "releases_author_idx";
  DROP INDEX "_releases_v_version_version_review_status_idx";
  DROP INDEX "_releases_v_version_version_author_idx";
  DROP INDEX "payload_locked_documents_rels_preview_links_id_idx";
  ALTER TABLE "releases" DROP COLUMN "review_status";
  ALTER TABLE "releases" DROP COLUMN "review_comment";
  ALTER TABLE "releases" DROP COLUMN "author_id";
  ALTER TABLE "_releases_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_releases_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_releases_v" DROP COLUMN "version_author_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "preview_links_id";
  DROP TYPE "public"."enum_releases_review_status";
  DROP TYPE "public"."enum__releases_v_version_review_status";`)
}
