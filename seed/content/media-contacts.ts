// The demo press office's contacts book: made-up journalists at made-up outlets, on reserved example addresses.
export type DemoMediaContact = {
  name: string
  email: string
  outlet: string
  role: string
  beats: string[]
  source: string
  consent?: boolean
}

export const mediaContacts: DemoMediaContact[] = [
  {
    name: 'Priya Natarajan',
    email: 'priya.natarajan@harrowmere-post.example',
    outlet: 'The Harrowmere Post',
    role: 'Science correspondent',
    beats: ['research', 'climate-and-environment'],
    source: 'Press conference, March 2026',
  },
  {
    name: 'Tom Ellery',
    email: 'tom.ellery@harrowmere-post.example',
    outlet: 'The Harrowmere Post',
    role: 'News editor',
    beats: ['campus-and-community'],
    source: 'Newsdesk',
  },
  {
    name: 'Grace Oduya',
    email: 'grace.oduya@northern-health.example',
    outlet: 'Northern Health Journal',
    role: 'Health reporter',
    beats: ['health-and-medicine'],
    source: 'Asked to be added',
    consent: true,
  },
  {
    name: 'Marcus Webb',
    email: 'marcus.webb@radio-harrowmere.example',
    outlet: 'Radio Harrowmere',
    role: 'Breakfast show producer',
    beats: ['campus-and-community', 'arts-and-culture'],
    source: 'Newsdesk',
  },
  {
    name: 'Hannah Lowe',
    email: 'hannah.lowe@science-weekly.example',
    outlet: 'Science Weekly',
    role: 'Features editor',
    beats: ['research', 'health-and-medicine'],
    source: 'Science fair, 2025',
  },
  {
    name: 'Daniel Osei',
    email: 'daniel.osei@green-times.example',
    outlet: 'The Green Times',
    role: 'Environment correspondent',
    beats: ['climate-and-environment'],
    source: 'Asked to be added',
    consent: true,
  },
  {
    name: 'Sofia Marchetti',
    email: 'sofia.marchetti@arts-review.example',
    outlet: 'Northern Arts Review',
    role: 'Arts critic',
    beats: ['arts-and-culture'],
    source: 'Festival launch, 2026',
  },
  {
    name: 'Ben Carver',
    email: 'ben.carver@business-north.example',
    outlet: 'Business North',
    role: 'Technology reporter',
    beats: ['business-and-innovation'],
    source: 'Newsdesk',
  },
  {
    name: 'Aisha Rahman',
    email: 'aisha.rahman@harrowmere-tv.example',
    outlet: 'Harrowmere TV',
    role: 'Planning desk',
    beats: ['research', 'campus-and-community'],
    source: 'Newsdesk',
  },
  {
    name: 'Liam Fletcher',
    email: 'liam.fletcher@medical-news.example',
    outlet: 'Medical News Today UK',
    role: 'Senior reporter',
    beats: ['health-and-medicine'],
    source: 'Conference, 2026',
  },
]
