import { unzipSync } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPressKit, pressKitFiles } from '../lib/release/press-kit'
import { releaseText } from '../lib/release/text'
import type { Release, SiteSetting } from '../payload-types'
import { makeRelease, unique } from './support/factories'
import { testPayload } from './support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const settings = { organisationName: 'Harrowmere University' } as SiteSetting
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const link = (label: string, url: string) => ({
  type: 'link',
  version: 2,
  fields: { url, linkType: 'custom' },
  children: [text(label)],
})

describe('the plain text of a release', () => {
  it('keeps link addresses and lists, and wraps to 72 columns for narrow screens', () => {
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [
          paragraph(
            text('Read '),
            link('the full report', 'https://example.org/report'),
            text(' online. '),
            text('word '.repeat(40)),
          ),
          {
            type: 'list',
            listType: 'number',
            version: 1,
            children: [
              { type: 'listitem', version: 1, children: [text('First point')] },
              { type: 'listitem', version: 1, children: [text('Second point')] },
            ],
          },
        ],
      },
    }
    const out = releaseText(
      { title: 'A title', summary: 'S.', body } as unknown as Release,
      settings,
      'https://news.example.org/news/a-title',
    )
    expect(out).toContain('the full report (https://example.org/report)')
    expect(out).toContain('1. First point\n2. Second point')
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(72)
  })
})

describe('the press kit', () => {
  it('holds every original picture once, the plain text and the credits', async () => {
    const make = async (alt: string, credit: string) => {
      const data = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#123456' } })
        .jpeg()
        .toBuffer()
      return payload.create({
        collection: 'media',
        overrideAccess: true,
        context: { disableRevalidate: true },
        data: { alt, credit },
        file: { data, name: `${unique('kit')}.jpg`, mimetype: 'image/jpeg', size: data.length },
      })
    }
    const hero = await make('The hero', 'Jo Bloggs')
    const extra = await make('A second picture', 'Sam Smith')
    const release = await makeRelease(payload, { heroImage: hero.id, downloads: [hero.id, extra.id] })
    const full = await payload.findByID({ collection: 'releases', id: release.id, depth: 2, overrideAccess: true })
    expect(pressKitFiles(full).map((f) => f.id)).toEqual([hero.id, extra.id])
    const zip = unzipSync(await buildPressKit(full, settings, 'https://news.example.org/x'))
    expect(Object.keys(zip).sort()).toEqual([hero.filename, extra.filename, 'credits.txt', 'release.txt'].sort())
    const credits = new TextDecoder().decode(zip['credits.txt'])
    expect(credits).toContain('Credit: Jo Bloggs')
    expect(credits).toContain('Credit: Sam Smith')
    expect(zip[hero.filename!].length).toBe(hero.filesize)
  })
})
