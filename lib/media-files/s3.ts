import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Env } from '../env'

export type S3Settings = { bucket: string; config: S3ClientConfig }

/**
 * Where media live when the newsroom runs on more than one machine: an S3-compatible bucket, when S3_BUCKET is set.
 * Otherwise null, and files stay on this machine's disk (MEDIA_DIR).
 */
export function s3Settings(env: Env): S3Settings | null {
  if (!env.S3_BUCKET) return null
  return {
    bucket: env.S3_BUCKET,
    config: {
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      // Without keys the SDK's own chain answers (an instance role, say).
      credentials: env.S3_ACCESS_KEY_ID
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' }
        : undefined,
      // Checksums only where S3 requires them: the SDK's default streams uploads in aws-chunked encoding with a
      // trailing checksum, which many S3-compatible servers store as the file's bytes.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
