import { prose } from './content/prose'
import type { SeedRelease } from './content/types'

export type UpcomingRelease = SeedRelease & { status?: 'draft' | 'published'; embargoUntil?: string }

// Relative to today, so a demo always shows one embargo still ahead and one draft in progress.
const inDays = (days: number, hourUtc: number) => {
  const d = new Date()
  d.setUTCDate(d.getUTCDate() + days)
  d.setUTCHours(hourUtc, 1, 0, 0)
  return d.toISOString()
}

export const upcoming: UpcomingRelease[] = [
  {
    slug: 'harrowmere-study-links-river-restoration-to-wildlife-recovery',
    title: 'River restoration brings otters back to the Harrow within five years, study finds',
    summary: prose`A ten-year study led by the University of Harrowmere shows that removing weirs and replanting
      banks brought otters, kingfishers and brown trout back to the River Harrow far sooner than predicted.`,
    releaseDate: inDays(3, 0),
    embargoUntil: inDays(3, 0),
    status: 'published',
    topics: ['climate-and-environment', 'research'],
    contacts: ['press-office'],
    body: [
      {
        type: 'p',
        text: prose`Otters have returned to every stretch of the River Harrow where weirs were removed, according to
          a decade-long study by ecologists at the University of Harrowmere published today.`,
      },
      {
        type: 'quote',
        text: prose`“Rivers heal faster than we dared to hope when we give them room,” said Dr Ines Marlow, who led
          the study.`,
      },
      { type: 'p', text: 'The team surveyed 42 sites every spring and autumn between 2016 and 2026.' },
    ],
    notesToEditors: ['This release is under embargo until the time shown.', 'Images are available to download below.'],
    image: {
      alt: 'A restored river bank with reeds and shallow riffles',
      caption: 'The restored River Harrow at Millbrook.',
      credit: 'University of Harrowmere',
      hue: 160,
      label: 'River Harrow',
    },
  },
  {
    slug: 'new-music-building-plans-draft',
    title: 'Plans for a new music building go on show',
    summary:
      'Draft: plans for a concert hall and practice rooms on the east campus will be shown to neighbours next spring.',
    releaseDate: inDays(20, 9),
    status: 'draft',
    topics: ['arts-and-culture'],
    contacts: ['press-office'],
    body: [{ type: 'p', text: 'This draft is still being written by the press office.' }],
    notesToEditors: ['Draft: not for publication.'],
    image: {
      alt: 'An architect’s model of a concert hall',
      caption: 'Model of the proposed music building.',
      credit: 'University of Harrowmere',
      hue: 30,
      label: 'Music',
    },
  },
]
