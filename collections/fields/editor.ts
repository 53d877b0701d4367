import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { CallToAction } from '../../blocks/call-to-action'

// Features a press release needs and the public renderer knows how to show; nothing it would drop silently.
const omitted = new Set(['heading', 'upload', 'relationship', 'checklist', 'subscript', 'superscript', 'inlineCode'])

export const releaseEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !omitted.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UploadFeature({
      collections: { media: { fields: [{ name: 'caption', type: 'text', maxLength: 300 }] } },
    }),
    BlocksFeature({ blocks: [CallToAction] }),
    FixedToolbarFeature(),
  ],
})

/** For short texts (notes to editors, boilerplate): paragraphs, lists and links. */
export const simpleEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !omitted.has(feature.key) && feature.key !== 'blockquote'),
    FixedToolbarFeature(),
  ],
})
