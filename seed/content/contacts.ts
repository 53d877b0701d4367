import type { SeedContact } from './types'
export const contacts: SeedContact[] = [
  { key: 'press-office', name: 'Corporate Communications Team', jobTitle: 'Press office', team: 'Corporate Communications', email: 'press@harrowmere.ac.uk', phone: '+44 1632 960000', outOfHours: true, topics: [], order: 1, isTeam: true },
  { key: 'jo', name: 'Jo Smith', jobTitle: 'Press Officer', team: 'Corporate Communications', email: 'jo@harrowmere.ac.uk', phone: '+44 1632 960001', outOfHours: false, topics: ['research'], order: 2, isTeam: false },
]
