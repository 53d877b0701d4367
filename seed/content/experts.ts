export type SeedExpert = {
  slug: string
  name: string
  jobTitle: string
  department: string
  summary: string
  topics: string[]
  keywords: string[]
  languages: string[]
  mediaExperience: Array<'tv' | 'radio' | 'print' | 'live'>
  availability: string
  listed?: boolean
  /** Releases (by slug) that quote them. */
  quotedIn: string[]
  // For the press office only.
  directPhone: string
  directEmail: string
  staffNotes: string
}

export const experts: SeedExpert[] = [
  {
    slug: 'tomasz-wierzbicki',
    name: 'Dr Tomasz Wierzbicki',
    jobTitle: 'Senior Lecturer in Materials Chemistry',
    department: 'School of Chemistry',
    summary: 'Batteries made from seaweed, energy storage for the grid, and turning laboratory results into companies.',
    topics: ['research', 'business-and-innovation', 'climate-and-environment'],
    keywords: ['batteries', 'kelp', 'seaweed', 'energy storage', 'renewable energy', 'spin-out companies'],
    languages: ['English', 'Polish'],
    mediaExperience: ['tv', 'radio', 'print'],
    availability: 'Weekdays. Can do studio interviews in Harrowmere; remote for national outlets.',
    quotedIn: [
      'kelp-seaweed-batteries-grid-storage',
      'tidecell-kelp-battery-spin-out-first-order',
      'tidecell-opens-kelp-battery-pilot-plant',
    ],
    directPhone: '07700 900811',
    directEmail: 't.wierzbicki@harrowmere.ac.uk',
    staffNotes:
      'Prefers a call from the press office first. Also speaks for Tidecell: check which hat a journalist wants.',
  },
  {
    slug: 'isobel-faraday-lowe',
    name: 'Professor Isobel Faraday-Lowe',
    jobTitle: 'Professor of Environmental Science',
    department: 'Department of Geography and Environment',
    summary: 'Peatlands, carbon stored in the landscape, moorland wildfires and how to restore damaged bogs.',
    topics: ['climate-and-environment', 'research'],
    keywords: ['peat', 'peatland', 'carbon', 'wildfires', 'moorland', 'nature recovery', 'net zero'],
    languages: ['English'],
    mediaExperience: ['tv', 'radio', 'print', 'live'],
    availability: 'Usually available; on fieldwork on Wrenfold Moor most Thursdays (mobile signal poor).',
    quotedIn: ['peatland-restoration-wrenfold-moor-carbon', 'net-zero-campus-2035-plan'],
    directPhone: '07700 900812',
    directEmail: 'i.faraday-lowe@harrowmere.ac.uk',
    staffNotes: 'Experienced live broadcaster (BBC regional, Radio 4). Happy to be filmed on the moor with notice.',
  },
  {
    slug: 'kwame-mensah-bright',
    name: 'Dr Kwame Mensah-Bright',
    jobTitle: 'Lecturer in Urban Ecology',
    department: 'School of Biological Sciences',
    summary: 'Wildlife in towns and gardens: hedgehogs, green corridors and what residents can do to help.',
    topics: ['climate-and-environment', 'campus-and-community'],
    keywords: ['hedgehogs', 'urban wildlife', 'gardens', 'biodiversity', 'citizen science'],
    languages: ['English', 'Twi'],
    mediaExperience: ['radio', 'print'],
    availability: 'Weekdays after 2pm in term time.',
    // The last is embargoed in the demo: his page lists it only once the embargo lifts.
    quotedIn: [
      'hedgehog-survey-city-gardens',
      'hedgehog-highways-fence-gaps-study',
      'harrowmere-study-links-river-restoration-to-wildlife-recovery',
    ],
    directPhone: '07700 900813',
    directEmail: 'k.mensah-bright@harrowmere.ac.uk',
    staffNotes: 'New to broadcast: offer a briefing before live radio.',
  },
  {
    slug: 'lucia-okonjo-barrett',
    name: 'Dr Lucia Okonjo-Barrett',
    jobTitle: 'Reader in Pure Mathematics',
    department: 'Department of Mathematics',
    summary: 'Networks and how information spreads through them, explained without equations.',
    topics: ['research'],
    keywords: ['mathematics', 'networks', 'graph theory', 'misinformation', 'social media'],
    languages: ['English', 'Italian'],
    mediaExperience: ['radio', 'print'],
    availability: 'Weekdays; not available on Mondays.',
    quotedIn: ['mathematicians-settle-ravensworth-conjecture'],
    directPhone: '07700 900814',
    directEmail: 'l.okonjo-barrett@harrowmere.ac.uk',
    staffNotes: 'Will not comment on individual social media companies.',
  },
  {
    slug: 'chidi-obi-lawrence',
    name: 'Professor Chidi Obi-Lawrence',
    jobTitle: 'Dean',
    department: 'Harrowmere Medical School',
    summary: 'Training doctors and nurses, the GP shortage, and health care in rural areas.',
    topics: ['health-and-medicine'],
    keywords: ['GP shortage', 'NHS workforce', 'medical training', 'rural health', 'widening participation'],
    languages: ['English', 'Igbo'],
    mediaExperience: ['tv', 'radio', 'print', 'live'],
    availability: 'Through his office: at least a day’s notice for broadcast.',
    quotedIn: ['rural-health-training-centre-gps-nurses', 'medical-school-doubles-places-local-students'],
    directPhone: '07700 900815',
    directEmail: 'dean.medicine@harrowmere.ac.uk',
    staffNotes: 'Diary managed by his PA, Joan (ext. 4410). Does not comment on pay disputes.',
  },
  {
    slug: 'annika-holloway-strand',
    name: 'Professor Annika Holloway-Strand',
    jobTitle: 'Head of the School of Art and Design',
    department: 'School of Art and Design',
    summary: 'Public art, festivals, art education and the creative industries in the region.',
    topics: ['arts-and-culture', 'campus-and-community'],
    keywords: ['public art', 'festivals', 'lanterns', 'design', 'creative industries'],
    languages: ['English', 'Swedish'],
    mediaExperience: ['radio', 'print'],
    availability: 'Weekdays; busiest around the degree show in June.',
    quotedIn: [
      'harrowmere-lantern-festival-old-quay-2024',
      'lantern-festival-2025-low-carbon-lanterns',
      'school-of-art-degree-show-2025',
    ],
    directPhone: '07700 900816',
    directEmail: 'a.holloway-strand@harrowmere.ac.uk',
    staffNotes: 'Happy to host camera crews in the studios.',
  },
  {
    slug: 'felicity-marchbank',
    name: 'Dr Felicity Marchbank',
    jobTitle: 'Lecturer in Theatre History',
    department: 'School of Performing Arts',
    summary: 'Music hall, popular entertainment and working-class culture in Victorian Britain.',
    topics: ['arts-and-culture'],
    keywords: ['music hall', 'theatre history', 'archives', 'Victorian entertainment'],
    languages: ['English', 'French'],
    mediaExperience: ['radio'],
    availability: 'On research leave until September: not taking interviews.',
    // Off the public directory while on leave: the demo's example of an expert only staff see.
    listed: false,
    quotedIn: ['music-hall-archive-acquired'],
    directPhone: '07700 900817',
    directEmail: 'f.marchbank@harrowmere.ac.uk',
    staffNotes: 'On leave; for archive stories offer Professor Holloway-Strand instead.',
  },
]
