// What the public is shown of an expert, everywhere: the directory, their page, a release naming them. Staff-only
// fields are also stripped by field access; naming what is wanted keeps them out of reads that bypass access.
export const expertCardSelect = {
  name: true,
  slug: true,
  jobTitle: true,
  department: true,
  summary: true,
  topics: true,
  languages: true,
  mediaExperience: true,
  photo: true,
  listed: true,
} as const

export const expertPageSelect = { ...expertCardSelect, keywords: true, availability: true, updatedAt: true } as const

/** How a release names its experts: enough to link to them and ask for an interview. */
export const expertRefSelect = { name: true, slug: true, jobTitle: true, department: true, listed: true } as const

export type ExpertRef = {
  id: number
  name: string
  slug?: string | null
  jobTitle?: string | null
  department?: string | null
  listed?: boolean | null
}

/** The experts a release names that journalists may be offered (unlisted ones stay off every public page). */
export function namedExperts(value: unknown): ExpertRef[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (e): e is ExpertRef => typeof e === 'object' && e !== null && e.listed !== false && Boolean(e.slug),
  )
}
