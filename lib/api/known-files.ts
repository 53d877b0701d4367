import type { Payload } from 'payload'
import { mediaFileNames } from '../db/media-files'
import { answersGeneration } from './answer-cache'

// A request for a file that does not exist (`/api/media/file/<random>`) is answered 404 from memory: the names of
// stored files are read once, again after any content change (the answer cache's generation, which every change on
// any instance moves) and at least every minute. A reader's request for a real file still goes to Payload, whose
// access rule decides whether it is public.
const MAX_AGE_MS = 60_000
type Names = { generation: number; at: number; names: Promise<Set<string>> }
const KEY = Symbol.for('press-office.known-files')
const slot = globalThis as Record<symbol, Names | undefined>

export async function isKnownFile(payload: Payload, filename: string): Promise<boolean> {
  const generation = answersGeneration()
  let kept = slot[KEY]
  if (!kept || kept.generation !== generation || Date.now() - kept.at > MAX_AGE_MS) {
    kept = slot[KEY] = { generation, at: Date.now(), names: mediaFileNames(payload) }
    // A failed read is not kept: the next request asks again.
    kept.names.catch(() => {
      if (slot[KEY] === kept) slot[KEY] = undefined
    })
  }
  // If the names cannot be read, say yes: Payload decides, as it did before this shortcut.
  return (await kept.names.catch(() => undefined))?.has(filename) ?? true
}
