import { prose } from './prose'
import type { SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'research',
    name: 'Research',
    description:
      'New discoveries, published studies and major research awards from across the University of Harrowmere.',
  },
  {
    slug: 'health-and-medicine',
    name: 'Health and medicine',
    description: prose`Clinical trials, medical research and health education news from Harrowmere Medical School
      and the School of Health Sciences.`,
  },
  {
    slug: 'climate-and-environment',
    name: 'Climate and environment',
    description: prose`Research and action on climate change, nature recovery and sustainability, from the Harrow
      Estuary to our own campuses.`,
  },
  {
    slug: 'arts-and-culture',
    name: 'Arts and culture',
    description:
      'Exhibitions, festivals, performances and humanities research that bring the University and the city together.',
  },
  {
    slug: 'business-and-innovation',
    name: 'Business and innovation',
    description: prose`Spin-out companies, industry partnerships and enterprise support that turn Harrowmere
      research into jobs and growth.`,
  },
  {
    slug: 'campus-and-community',
    name: 'Campus and community',
    description: prose`News about University life, new facilities, students and our work with neighbours across
      Harrowmere and the Harrow Valley.`,
  },
]
