import { ValidationError, type Payload, type TypedUser } from 'payload'
import type { MediaContact } from '../../payload-types'
import type { ContactWrite } from './import-plan'

export type AppliedRow = {
  row: number
  email: string
  outcome: 'added' | 'updated' | 'failed'
  id?: number
  error?: string
}
export type ImportResult = { rows: AppliedRow[]; counts: Record<AppliedRow['outcome'], number> }

function why(error: unknown): string {
  if (error instanceof ValidationError)
    return error.data.errors
      .map((e) => (e.path === 'email' ? 'Someone added this address meanwhile.' : e.message))
      .join(' ')
  return error instanceof Error ? error.message : 'It could not be saved.'
}

// A few saves at once: a full file takes a quarter of the time, and leaves the pool room for everyone else.
const AT_ONCE = 4

/**
 * Makes the planned saves with the caller's own rights (a contributor may add and edit contacts but never change
 * who gets releases: the writes hold no status). A save that fails is reported on its row and the rest go ahead,
 * so the result says exactly which rows are in the book. Each write is its own address, so saves never collide.
 */
export async function applyImport(payload: Payload, writes: ContactWrite[], user: TypedUser): Promise<ImportResult> {
  const as = { collection: 'media-contacts', overrideAccess: false, user, depth: 0 } as const
  const save = async ({ row, email, id, data }: ContactWrite): Promise<AppliedRow> => {
    try {
      // A new contact's write always has a name and address (import-plan); the rest have defaults.
      const saved = id
        ? await payload.update({ ...as, id, data })
        : await payload.create({ ...as, data: data as MediaContact })
      return { row, email, outcome: id ? 'updated' : 'added', id: saved.id }
    } catch (error) {
      return { row, email, outcome: 'failed', error: why(error) }
    }
  }
  const rows: AppliedRow[] = new Array(writes.length)
  let next = 0
  const worker = async () => {
    while (next < writes.length) {
      const i = next++
      rows[i] = await save(writes[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, writes.length) }, worker))
  const counts = { added: 0, updated: 0, failed: 0 }
  for (const r of rows) counts[r.outcome]++
  return { rows, counts }
}
