import type { CollectionConfig } from 'payload'
import { readReleases } from '../../access/public-releases'
import { canCreateRelease, canUpdateRelease, editorsOnlyField, madeByImport } from '../../access/releases'
import { isEditor, isEditorField, isEditorUser, isStaff, isStaffField, nobody } from '../../access/roles'
import { releaseEditor, simpleEditor } from '../fields/editor'
import { slugField } from '../fields/slug'
import { UK_DATE_TIME } from '../fields/uk-date'
import { yesNoCell } from '../fields/yes-no-cell'
import { rememberLiveRelease, revalidateRelease, revalidateReleaseDelete } from '../hooks/revalidate'
import { figuresCsvEndpoint } from './figures-endpoint'
import { fixLinksEndpoint } from './fix-links-endpoint'
import { auditRelease } from './hooks/audit-release'
import { defaultReleaseDate } from './hooks/default-release-date'
import { guardReviewStatus } from './hooks/guard-review-status'
import { notifyReview } from './hooks/notify-review'
import { hideNonPublicRelated } from './hooks/public-related'
import { gateReleaseChange, gateReleaseOperation } from './hooks/publishing-gate'
import { queueAlerts } from './hooks/queue-alerts'
import { recordAuthorship } from './hooks/record-authorship'
import { recordCorrections } from './hooks/record-corrections'
import { computeLinkWarnings, followRenamedLinks } from './hooks/release-links'
import { rememberOldSlug } from './hooks/remember-old-slug'
import { sweepBlankDrafts } from './hooks/sweep-blank-drafts'
import { takeDependants } from './hooks/take-dependants'
import { importEndpoint } from './import-endpoint'
import { notItself } from './not-itself'

// Press offices work on London time: the editor enters and reads times there, whatever their browser's zone.
const LONDON = [{ label: 'London (GMT/BST)', value: 'Europe/London' }]

export const Releases: CollectionConfig = {
  slug: 'releases',
  labels: { singular: 'Release', plural: 'Releases' },
  admin: {
    useAsTitle: 'title',
    components: {
      beforeListTable: ['/components/admin/bulk-publish-for-editors#BulkPublishForEditors'],
      edit: {
        beforeDocumentControls: [
          '/components/admin/save-before-leaving#SaveBeforeLeaving',
          '/components/admin/review-actions#ReviewActions',
        ],
      },
    },
    defaultColumns: ['title', 'reviewStatus', 'releaseDate', 'embargoUntil', 'publishSchedule', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: 'Newsroom',
    // Both open the signed-in preview of the latest draft; live preview re-renders it on every autosave.
    preview: (doc) => (doc?.id ? `/preview/release/${doc.id}` : null),
    livePreview: {
      url: ({ data }) => (data?.id ? `/preview/release/${data.id}` : null),
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  defaultSort: '-releaseDate',
  access: {
    read: readReleases,
    readVersions: isStaff,
    create: canCreateRelease,
    update: canUpdateRelease,
    delete: isEditor,
  },
  versions: {
    maxPerDoc: 100,
    drafts: { autosave: { interval: 2000 }, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 } },
  },
  endpoints: [
    { path: '/import', method: 'post', handler: importEndpoint },
    { path: '/:id/fix-links', method: 'post', handler: fixLinksEndpoint },
    { path: '/figures.csv', method: 'get', handler: figuresCsvEndpoint },
  ],
  hooks: {
    beforeOperation: [gateReleaseOperation],
    // The gate comes last, so nothing after it can put back what it refused.
    beforeChange: [
      guardReviewStatus,
      defaultReleaseDate,
      rememberOldSlug,
      recordAuthorship,
      followRenamedLinks,
      recordCorrections,
      gateReleaseChange,
      rememberLiveRelease,
    ],
    afterChange: [auditRelease, revalidateRelease, queueAlerts, notifyReview, sweepBlankDrafts],
    beforeDelete: [takeDependants],
    afterDelete: [revalidateReleaseDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      // First in the sidebar, so nobody edits an embargoed release without seeing it is one.
      name: 'embargoBadge',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/components/admin/embargo-field#EmbargoField' },
      },
    },
    {
      // A press office sends releases out, not only waits for journalists to find them (collections/distributions).
      name: 'sendToJournalists',
      type: 'ui',
      admin: {
        position: 'sidebar',
        disableListColumn: true,
        components: { Field: '/components/admin/send-to-journalists#SendToJournalists' },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Release',
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              maxLength: 300,
              admin: { description: 'Standfirst: one or two sentences shown in lists, feeds and search results.' },
            },
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            { name: 'body', type: 'richText', editor: releaseEditor },
            {
              // Beside the text: its links as last saved, checked for shape and for pointing at what is public.
              name: 'linkWarnings',
              type: 'json',
              access: { read: isStaffField },
              hooks: { beforeChange: [computeLinkWarnings], beforeDuplicate: [() => null] },
              admin: { components: { Field: '/components/admin/link-warnings#LinkWarningsField' } },
            },
          ],
        },
        {
          label: 'For journalists',
          fields: [
            {
              name: 'notesToEditors',
              label: 'Notes to editors',
              type: 'richText',
              editor: simpleEditor,
              admin: { description: 'Background for journalists, shown after ENDS. Use a numbered list.' },
            },
            {
              name: 'contacts',
              type: 'relationship',
              relationTo: 'contacts',
              hasMany: true,
              admin: { description: 'Press contacts for this release. Empty: the press office default.' },
            },
            {
              name: 'experts',
              type: 'relationship',
              relationTo: 'experts',
              hasMany: true,
              admin: {
                description: 'Experts quoted in it or offered for interview: listed on the release and on their page.',
              },
            },
            {
              name: 'downloads',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              admin: { description: 'Images and documents journalists may download (originals are kept).' },
            },
          ],
        },
        {
          label: 'Related',
          fields: [
            {
              name: 'related',
              type: 'relationship',
              relationTo: 'releases',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              validate: notItself,
              hooks: { afterRead: [hideNonPublicRelated] },
              admin: { description: 'Curated related stories, shown first.' },
            },
          ],
        },
        {
          label: 'Preview links',
          admin: { condition: (_data, _siblings, { user }) => isEditorUser(user) },
          fields: [
            {
              // The links sent to journalists for this release, listed where the editor works on it.
              name: 'previewLinks',
              type: 'join',
              collection: 'preview-links',
              on: 'release',
              defaultSort: '-createdAt',
              access: { read: isEditorField },
              admin: {
                defaultColumns: ['recipient', 'state', 'expiresAt', 'url'],
                description:
                  'Early-access links for journalists. Add one, send its address, revoke it if plans change.',
              },
            },
          ],
        },
        {
          label: 'Figures',
          description:
            'How often this release was read: counted on the server, without cookies or anything about the reader.',
          fields: [
            {
              name: 'figures',
              type: 'ui',
              admin: {
                disableListColumn: true,
                components: { Field: '/components/admin/release-figures#ReleaseFigures' },
              },
            },
          ],
        },
        {
          label: 'Corrections',
          fields: [
            {
              name: 'corrections',
              type: 'array',
              dbName: 'corr',
              label: 'Corrections and updates',
              labels: { singular: 'Note', plural: 'Notes' },
              access: { create: editorsOnlyField, update: editorsOnlyField },
              hooks: { beforeDuplicate: [() => []] },
              admin: {
                description:
                  'After publication: what changed and why, dated. Shown on the release ("Updated dd/mm/yyyy"), ' +
                  'in its feeds and at /corrections. ' +
                  'A note cannot be removed, and a change to one keeps its earlier wording.',
              },
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'correction',
                  options: [
                    { label: 'Correction', value: 'correction' },
                    { label: 'Update', value: 'update' },
                  ],
                },
                {
                  name: 'date',
                  type: 'date',
                  required: true,
                  defaultValue: () => new Date().toISOString(),
                  admin: { date: UK_DATE_TIME },
                },
                {
                  name: 'note',
                  type: 'textarea',
                  required: true,
                  maxLength: 1000,
                  admin: { description: 'What changed, and why.' },
                },
                {
                  name: 'amendments',
                  type: 'json',
                  admin: { readOnly: true, description: 'Earlier wording of this note, kept each time it is changed.' },
                },
              ],
            },
          ],
        },
        {
          // Made by an import (Newsroom → Import releases): what it recognised, repaired, dropped and left over.
          label: 'Import report',
          admin: { condition: (data) => Boolean(data?.importReport) },
          fields: [
            {
              name: 'importReport',
              type: 'json',
              access: { read: isStaffField, create: madeByImport, update: nobody },
              hooks: { beforeDuplicate: [() => null] },
              admin: { readOnly: true, components: { Field: '/components/admin/import-report#ImportReportField' } },
            },
          ],
        },
        {
          label: 'SEO',
          fields: [
            {
              name: 'meta',
              type: 'group',
              fields: [
                { name: 'title', type: 'text', maxLength: 70, admin: { description: 'Defaults to the title.' } },
                {
                  name: 'description',
                  type: 'textarea',
                  maxLength: 160,
                  admin: { description: 'Defaults to the summary.' },
                },
                { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Defaults to the hero.' } },
              ],
            },
          ],
        },
      ],
    },
    slugField('title'),
    {
      // The fingerprint of the file an import made this draft from: importing it again finds this draft.
      name: 'importKey',
      type: 'text',
      index: true,
      access: { read: isStaffField, create: madeByImport, update: nobody },
      hooks: { beforeDuplicate: [() => null] },
      admin: { hidden: true },
    },
    {
      name: 'previousSlugs',
      type: 'text',
      hasMany: true,
      // Written only by rememberOldSlug when an editor renames a live release: an address is not anyone's to claim.
      access: { create: nobody, update: nobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Earlier web addresses of this release; they redirect here.',
        condition: (data) => Boolean(data?.previousSlugs?.length),
      },
    },
    {
      name: 'releaseDate',
      type: 'date',
      index: true,
      timezone: { defaultTimezone: 'Europe/London', supportedTimezones: LONDON },
      admin: {
        position: 'sidebar',
        date: UK_DATE_TIME,
        description:
          'The date shown on the release. ' +
          'Leave empty for the moment it goes public (published, or its embargo lifting).',
      },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      access: { create: editorsOnlyField, update: editorsOnlyField },
      timezone: { defaultTimezone: 'Europe/London', supportedTimezones: LONDON },
      admin: {
        position: 'sidebar',
        date: UK_DATE_TIME,
        description: 'Hidden from the public until this moment, even when published.',
        components: { Cell: '/components/admin/embargo-cell#EmbargoCell' },
      },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      // Alerts go out for news: a release dated more than a day before it goes public (an archive import, a
      // back-dated one) is published quietly unless an editor ticks this (lib/alerts/notify-release-public.ts).
      name: 'alertAnyway',
      label: 'Email subscribers even though it is dated more than a day ago',
      type: 'checkbox',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      defaultValue: false,
      admin: { position: 'sidebar', components: yesNoCell },
    },
    {
      name: 'featured',
      type: 'checkbox',
      access: { create: editorsOnlyField, update: editorsOnlyField },
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Lead the home page with this release (the newest featured one wins).',
        components: yesNoCell,
      },
    },
    {
      name: 'reviewStatus',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'In review', value: 'in_review' },
        { label: 'Approved', value: 'approved' },
      ],
      access: { read: isStaffField },
      // Moved by the Submit, Approve and Return buttons beside Publish (components/admin/review-actions), not typed.
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Contributors submit for review; editors approve or return.',
      },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      maxLength: 2000,
      access: { read: isStaffField },
      admin: { position: 'sidebar', description: 'Why a release was returned, or notes for the reviewer.' },
    },
    {
      name: 'lastEditedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Who saved this version (see Versions for the history).',
      },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: isStaffField, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Payload keeps scheduled publishing in its job queue, not on the release: this list column reads it there.
      name: 'publishSchedule',
      type: 'ui',
      label: 'Scheduled',
      admin: { components: { Cell: '/components/admin/schedule-cell#ScheduleCell' } },
    },
  ],
}
