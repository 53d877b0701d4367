import type { CollectionBeforeChangeHook } from 'payload'

const given = (data: Record<string, unknown>, original: Record<string, unknown> | undefined, key: string) =>
  (data[key] !== undefined ? data[key] : original?.[key]) as string | null | undefined

/**
 * "Professor Amara Okafor, Professor of Marine Biology, School of Ocean Sciences": how an expert is told apart in the
 * picker on a release, where two people of the same name (or a name half remembered) are easy to confuse. Whether
 * they are in the public directory is said too, since one who is not cannot be offered to journalists.
 */
export const labelExpert: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const parts = [
    given(data, originalDoc, 'name'),
    given(data, originalDoc, 'jobTitle'),
    given(data, originalDoc, 'department'),
  ]
  const listed = data.listed !== undefined ? data.listed : originalDoc?.listed
  const label = parts.filter((p) => typeof p === 'string' && p.trim()).join(', ')
  return { ...data, label: listed === false ? `${label} (not in the directory)` : label }
}
