import type { SeedRelease } from './types'
export const releases: SeedRelease[] = [1, 2, 3].map((n) => ({
  slug: `stub-release-${n}`, title: `Stub release ${n}`, summary: 'Summary.', releaseDate: `2025-0${n}-10T09:00:00.000Z`,
  topics: ['research'], contacts: ['jo'], body: [{ type: 'p', text: 'Body with a [link](https://example.org).' }, { type: 'quote', text: '“Quote,” said Jo.' }],
  notesToEditors: ['Note one.'], related: n === 1 ? ['stub-release-2'] : undefined,
  image: { alt: 'Alt', caption: 'Caption', credit: 'Credit', hue: n * 40, label: 'Stub' },
}))
