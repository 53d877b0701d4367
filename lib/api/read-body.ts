export type BodyResult = { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; status: 413; message: string }

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`)
const tooLarge = (limit: number): BodyResult => ({
  ok: false,
  status: 413,
  message: `The request body is larger than this server accepts (${size(limit)}).`,
})

/**
 * The body, read only as far as `limit`: a declared length over it is refused before a byte is read, and a stream
 * without one is cut off as soon as it passes it, so an oversized body costs the server nothing but the refusal.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit)
  if (!request.body) return { ok: true, body: new Uint8Array(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return tooLarge(limit)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(size))
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return { ok: true, body }
}
