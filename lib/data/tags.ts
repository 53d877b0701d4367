// Named cache tags: pages are cached under these, and Payload hooks invalidate them when content changes.
export const TAGS = {
  releases: 'releases',
  release: (slug: string) => `release:${slug}`,
  topics: 'topics',
  contacts: 'contacts',
  media: 'media',
  settings: 'settings',
  redirects: 'redirects',
  onCall: 'on-call',
  experts: 'experts',
} as const
