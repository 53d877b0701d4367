import type { Block } from 'payload'

export const CallToAction: Block = {
  slug: 'cta',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 80 },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^(https?:\/\/|\/|mailto:)/.test(value)
          ? true
          : 'Enter a full web address (https://...), a site path (/...) or a mailto: link.',
    },
    { name: 'description', type: 'textarea', maxLength: 240 },
  ],
}
