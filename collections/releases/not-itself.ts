type Ref =
  number | string | { id?: number | string; value?: number | string | { id: number | string } } | null | undefined

const idOf = (ref: Ref) => {
  if (!ref || typeof ref !== 'object') return ref
  if (ref.value !== undefined) return typeof ref.value === 'object' ? ref.value.id : ref.value
  return ref.id
}

/** A release cannot be its own related story. */
export const notItself = (value: unknown, { id }: { id?: number | string }): true | string => {
  if (!id || !Array.isArray(value)) return true
  return (value as Ref[]).some((ref) => String(idOf(ref)) === String(id))
    ? 'A release cannot be related to itself.'
    : true
}
