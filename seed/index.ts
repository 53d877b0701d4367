import type { Payload } from 'payload'
import { env } from '../lib/env'
import { contacts } from './content/contacts'
import { experts } from './content/experts'
import { organisation } from './content/organisation'
import { releases } from './content/releases'
import { topics } from './content/topics'
import { seedDistribution } from './distribution'
import { seedEnquiries, seedFigures } from './figures'
import { demoImage } from './images'
import { blocksToNodes, ctaNode, numberedList, paragraphs, richText, uploadNode } from './lexical'
import { seedRota } from './rota'
import { upcoming, type UpcomingRelease } from './upcoming'

// Seeding writes hundreds of documents: no page is cached yet, so skip cache invalidation, and nobody should get
// review emails about demo content.
const context = { disableRevalidate: true, seeding: true, skipNotifications: true }
const CONTENT = [
  'coverage',
  'distributions',
  'media-lists',
  'media-contacts',
  'on-call',
  'enquiries',
  'releases',
  'experts',
  'contacts',
  'topics',
  'media',
] as const

async function wipe(payload: Payload) {
  for (const collection of CONTENT) {
    await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true, context })
  }
}

async function upload(
  payload: Payload,
  hue: number,
  label: string,
  meta: { alt: string; caption?: string; credit?: string },
  name: string,
) {
  const data = await demoImage(hue, label)
  const doc = await payload.create({
    collection: 'media',
    overrideAccess: true,
    context,
    data: meta,
    file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
  })
  return doc.id
}

export async function seed(payload: Payload, options: { reset?: boolean } = {}) {
  const started = Date.now()
  payload.logger.info('Seeding the demo newsroom...')
  if (options.reset) await wipe(payload)

  const topicIds = new Map<string, number>()
  for (const t of topics) {
    const doc = await payload.create({ collection: 'topics', overrideAccess: true, context, data: t })
    topicIds.set(t.slug, doc.id)
  }

  const contactIds = new Map<string, number>()
  for (const [i, c] of contacts.entries()) {
    const photo = await upload(
      payload,
      i * 57,
      c.isTeam ? 'Press office' : c.name.split(' ')[0],
      { alt: `Portrait of ${c.name}` },
      `contact-${c.key}`,
    )
    const doc = await payload.create({
      collection: 'contacts',
      overrideAccess: true,
      context,
      data: { ...c, photo, topics: c.topics.map((s) => topicIds.get(s)!).filter(Boolean) },
    })
    contactIds.set(c.key, doc.id)
  }
  await seedRota(payload, [...contactIds.values()].slice(0, 3), context)

  const expertsOf = new Map<string, number[]>()
  for (const [i, { quotedIn, ...e }] of experts.entries()) {
    const photo = await upload(
      payload,
      200 + i * 37,
      e.name.split(' ').slice(1, 2).join(' '),
      { alt: `Portrait of ${e.name}` },
      `expert-${e.slug}`,
    )
    const doc = await payload.create({
      collection: 'experts',
      overrideAccess: true,
      context,
      data: { ...e, photo, listed: e.listed ?? true, topics: e.topics.map((s) => topicIds.get(s)!).filter(Boolean) },
    })
    for (const slug of quotedIn) expertsOf.set(slug, [...(expertsOf.get(slug) ?? []), doc.id])
  }

  const releaseIds = new Map<string, number>()
  const all: UpcomingRelease[] = [...releases, ...upcoming]
  // Feature a recent release that is not the newest, so the home page shows both a lead and the latest.
  const featured = [...releases].sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))[1]?.slug
  for (const [i, r] of all.entries()) {
    const hero = await upload(payload, r.image.hue, r.image.label, r.image, `${r.slug}-hero`)
    const extra =
      i % 3 === 0
        ? await upload(
            payload,
            r.image.hue + 120,
            r.image.label,
            { ...r.image, alt: `${r.image.alt} (alternative view)` },
            `${r.slug}-2`,
          )
        : undefined
    const nodes = blocksToNodes(r.body)
    if (extra) nodes.splice(Math.min(3, nodes.length), 0, uploadNode(extra, r.image.caption))
    if (r.cta) nodes.push(ctaNode(`cta-${i}`, r.cta.label, r.cta.url))
    const doc = await payload.create({
      collection: 'releases',
      overrideAccess: true,
      context,
      draft: r.status === 'draft',
      data: {
        title: r.title,
        slug: r.slug,
        summary: r.summary,
        releaseDate: r.releaseDate,
        embargoUntil: r.embargoUntil,
        heroImage: hero,
        body: richText(nodes),
        notesToEditors: numberedList(r.notesToEditors),
        contacts: r.contacts.map((k) => contactIds.get(k)!).filter(Boolean),
        topics: r.topics.map((s) => topicIds.get(s)!).filter(Boolean),
        experts: expertsOf.get(r.slug) ?? [],
        featured: r.slug === featured,
        corrections: r.corrections ?? [],
        downloads: extra ? [hero, extra] : [hero],
        _status: r.status ?? 'published',
        // What is live was approved by the press office; drafts are still being written.
        reviewStatus: r.status === 'draft' ? 'draft' : 'approved',
      } as never,
    })
    releaseIds.set(r.slug, doc.id)
  }

  for (const r of releases.filter((r) => r.related?.length)) {
    await payload.update({
      collection: 'releases',
      id: releaseIds.get(r.slug)!,
      overrideAccess: true,
      context,
      data: { related: r.related!.map((s) => releaseIds.get(s)!).filter(Boolean) },
    })
  }

  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    context,
    data: {
      organisationName: organisation.name,
      siteUrl: env().SITE_URL || undefined,
      about: paragraphs(organisation.about),
      defaultContact: contactIds.get('press-office'),
      pressEmail: organisation.pressEmail,
      outOfHoursPhone: organisation.outOfHoursPhone,
      social: organisation.social,
    },
  })

  const published = releases
    .filter((r) => new Date(r.releaseDate).getTime() <= started)
    .map((r) => ({ id: releaseIds.get(r.slug)!, releaseDate: r.releaseDate }))
  await seedFigures(payload, published)
  await seedEnquiries(
    payload,
    published.sort((a, b) => b.releaseDate.localeCompare(a.releaseDate)).map((r) => r.id),
  )

  await seedDistribution(payload, topicIds, published[0]?.id)

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  payload.logger.info(
    `Seeded ${releaseIds.size} releases, ${contactIds.size} contacts, ${experts.length} experts and ` +
      `${topicIds.size} topics in ${seconds}s.`,
  )
}
