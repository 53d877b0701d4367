import type { CollectionConfig } from 'payload'
import { anyone, isEditor, isStaffField } from '../../access/roles'
import { TAGS } from '../../lib/data/tags'
import { formatEmbargo } from '../../lib/time/dates'
import { textAnd } from '../../lib/validation/field'
import { validPhone } from '../../lib/validation/values'
import { UK_DATE_TIME } from '../fields/uk-date'
import { revalidateCollection } from '../hooks/revalidate'

/**
 * Who answers the out-of-hours phone, shift by shift, in London time (the admin's time zone, so a shift typed as
 * 17:00 is 17:00 in London on either side of a clock change). The number of whoever is on call now is shown
 * wherever the out-of-hours number appears; without a shift, the one in Site settings.
 */
export const OnCall: CollectionConfig = {
  slug: 'on-call',
  labels: { singular: 'On-call shift', plural: 'On-call rota' },
  admin: {
    useAsTitle: 'label',
    group: 'Newsroom',
    defaultColumns: ['startsAt', 'endsAt', 'officer', 'phone'],
    description: 'Shifts in London time. Each ends at its handover; the dashboard warns of gaps in the next 14 days.',
  },
  defaultSort: 'startsAt',
  // The number and times are what the public sees anyway; who holds the phone is for staff.
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    ...revalidateCollection(TAGS.onCall),
    beforeChange: [
      ({ data }) => ({ ...data, label: data.startsAt ? `From ${formatEmbargo(data.startsAt)}` : 'Shift' }),
    ],
  },
  fields: [
    // Optional: deleting a contact keeps the shift and its number.
    {
      name: 'officer',
      type: 'relationship',
      relationTo: 'contacts',
      access: { read: isStaffField },
      label: 'Press officer',
    },
    {
      name: 'phone',
      type: 'text',
      required: true,
      maxLength: 30,
      validate: textAnd(validPhone),
      label: 'Out-of-hours phone',
      admin: { description: 'The number journalists ring during this shift.' },
    },
    { name: 'startsAt', type: 'date', required: true, index: true, label: 'Starts', admin: { date: UK_DATE_TIME } },
    {
      name: 'endsAt',
      type: 'date',
      required: true,
      index: true,
      label: 'Hands over at',
      admin: { date: UK_DATE_TIME },
      validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
        !value || !siblingData.startsAt || new Date(value as string) > new Date(siblingData.startsAt)
          ? true
          : 'The handover must come after the start.',
    },
    { name: 'label', type: 'text', admin: { hidden: true } },
  ],
}
