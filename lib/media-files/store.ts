import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { S3, NoSuchKey, NotFound } from '@aws-sdk/client-s3'
import { env } from '../env'
import { mediaDir } from '../paths'
import { s3Settings } from './s3'

/** `modified` and `etag` let a server answer "not changed" (304) without reading the file. */
export type StoredFile = { size: number; modified?: Date; etag?: string; stream: () => ReadableStream }

let client: S3 | undefined
const s3 = () => {
  const settings = s3Settings(env())
  if (!settings) return null
  client ??= new S3(settings.config)
  return { client, bucket: settings.bucket }
}

const missing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404

/**
 * A stored media file by its file name, wherever media live (this machine's MEDIA_DIR, or the S3 bucket), for the
 * routes that serve files outside Payload's own file endpoint (preview links, press kits). Null when it is not there.
 */
export async function openMediaFile(name: string): Promise<StoredFile | null> {
  if (name !== path.basename(name) || !name) return null
  const bucket = s3()
  if (bucket) {
    try {
      const head = await bucket.client.headObject({ Bucket: bucket.bucket, Key: name })
      return {
        size: head.ContentLength ?? 0,
        modified: head.LastModified,
        etag: head.ETag,
        // Fetched only when the body is wanted (not for HEAD).
        stream: () => {
          let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
          return new ReadableStream<Uint8Array>({
            async pull(controller) {
              try {
                reader ??= (await bucket.client.getObject({ Bucket: bucket.bucket, Key: name }))
                  .Body!.transformToWebStream()
                  .getReader()
                const part = await reader.read()
                if (part.done) controller.close()
                else controller.enqueue(part.value)
              } catch (error) {
                controller.error(error)
              }
            },
            cancel: (reason) => reader?.cancel(reason),
          })
        },
      }
    } catch (error) {
      if (missing(error)) return null
      throw error
    }
  }
  const full = path.join(mediaDir(), name)
  const info = await stat(full).catch(() => null)
  if (!info?.isFile()) return null
  return {
    size: info.size,
    modified: info.mtime,
    stream: () => Readable.toWeb(createReadStream(full)) as ReadableStream,
  }
}

/** The whole of a stored media file, or null when it is not there. */
export async function readMediaFile(name: string): Promise<Uint8Array | null> {
  const bucket = s3()
  if (!bucket) return readFile(path.join(mediaDir(), path.basename(name))).catch(() => null)
  const file = await openMediaFile(name)
  if (!file) return null
  return new Uint8Array(await new Response(file.stream()).arrayBuffer())
}
