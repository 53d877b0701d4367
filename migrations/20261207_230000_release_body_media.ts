import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Which pictures each release places in its body (Lexical upload nodes, whose value is the media id, or a
  // populated object in older documents), kept by the database itself on every write of a body, so however a
  // release is written (Payload, an import, a restore, the scale seed) the question "is this picture in a public
  // release's body?" is one index read (lib/db/public-media.ts) instead of rechecking thousands of bodies. The GIN
  // index on bodies that served that question goes.
  await db.execute(sql`
   CREATE TABLE "release_body_media" (
    "media_id" integer NOT NULL,
    "release_id" integer NOT NULL REFERENCES "public"."releases"("id") ON DELETE cascade,
    PRIMARY KEY ("media_id", "release_id")
   );
   CREATE INDEX "release_body_media_release_idx" ON "release_body_media" ("release_id");
   CREATE FUNCTION "release_body_media_ids"(body jsonb) RETURNS SETOF integer LANGUAGE sql IMMUTABLE AS $$
     SELECT DISTINCT id::int FROM (
       SELECT CASE jsonb_typeof(v) WHEN 'object' THEN v ->> 'id' ELSE v #>> '{}' END AS id
       FROM jsonb_path_query(coalesce(body, '{}'::jsonb),
         'strict $.**?(@.type == "upload" && @.relationTo == "media").value') AS v
     ) uploads WHERE id ~ '^[0-9]{1,9}$'
   $$;
   CREATE FUNCTION "release_body_media_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     DELETE FROM release_body_media WHERE release_id = NEW.id;
     INSERT INTO release_body_media (media_id, release_id)
       SELECT m, NEW.id FROM release_body_media_ids(NEW.body) AS m;
     RETURN NULL;
   END
   $$;
   CREATE TRIGGER "release_body_media_keep" AFTER INSERT OR UPDATE OF "body" ON "releases"
     FOR EACH ROW EXECUTE FUNCTION release_body_media_keep();
   INSERT INTO release_body_media (media_id, release_id)
     SELECT m, r.id FROM releases r, release_body_media_ids(r.body) AS m;
   DROP INDEX IF EXISTS "releases_body_contains_idx";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "releases_body_contains_idx" ON "releases" USING gin ("body" jsonb_path_ops);
   DROP TRIGGER "release_body_media_keep" ON "releases";
   DROP FUNCTION "release_body_media_keep"();
   DROP FUNCTION "release_body_media_ids"(jsonb);
   DROP TABLE "release_body_media";`)
}
