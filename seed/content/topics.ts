import type { SeedTopic } from './types'
export const topics: SeedTopic[] = [
  { slug: 'research', name: 'Research', description: 'Discoveries.' },
  { slug: 'climate-and-environment', name: 'Climate and environment', description: 'Climate.' },
  { slug: 'arts-and-culture', name: 'Arts and culture', description: 'Arts.' },
]
