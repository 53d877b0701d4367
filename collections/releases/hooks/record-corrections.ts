import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

type Amendment = { at: string; by: string; kind?: string | null; date?: string | null; note?: string | null }
type Note = {
  id?: string | null
  kind?: string | null
  date?: string | null
  note?: string | null
  amendments?: Amendment[] | null
}

const same = (a: Note, b: Note) =>
  a.kind === b.kind && a.note === b.note && new Date(a.date ?? 0).getTime() === new Date(b.date ?? 0).getTime()

/**
 * Corrections and updates are the public record of what changed: none may be removed, and a change to one keeps its
 * earlier wording, when and by whom (shown with the note). Whatever a request sends as that history is ignored.
 */
export const recordCorrections: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (!Array.isArray(data.corrections)) return data
  const before = new Map<string | null | undefined, Note>(
    ((operation === 'update' ? originalDoc?.corrections : null) ?? []).map((n: Note) => [n.id, n]),
  )
  const incoming = data.corrections as Note[]
  const kept = new Set(incoming.map((n) => n.id))
  const removed = [...before.keys()].filter((id) => !kept.has(id))
  if (removed.length) {
    throw new ValidationError({
      collection: 'releases',
      errors: [
        {
          path: 'corrections',
          message:
            'A correction or update, once saved, stays on the record. ' +
            'To put one right, change its wording: the earlier wording is kept with it.',
        },
      ],
    })
  }
  const by = (req.user as { name?: string; email?: string } | null)?.name || req.user?.email || 'the system'
  data.corrections = incoming.map((note) => {
    const previous = note.id ? before.get(note.id) : undefined
    const history = previous?.amendments ?? []
    if (!previous) return { ...note, amendments: null }
    if (same(note, previous)) return { ...note, amendments: history.length ? history : null }
    const earlier: Amendment = {
      at: new Date().toISOString(),
      by,
      kind: previous.kind,
      date: previous.date,
      note: previous.note,
    }
    return { ...note, amendments: [...history, earlier] }
  })
  return data
}
