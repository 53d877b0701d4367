import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { asMedia, sizeOf } from '@/lib/media-files/picture'
import { safeHref } from '@/lib/routes/safe-href'

type CtaFields = { label: string; url: string; description?: string | null }
type UploadFields = { caption?: string | null }

type LinkNode = { fields: { url?: string }; children: unknown[] }
// Links typed by editors and links Lexical made from bare URLs (autolinks) pass the same check.
const linkConverter = ({
  node,
  nodesToJSX,
}: {
  node: LinkNode
  nodesToJSX: (args: { nodes: never[] }) => React.ReactNode[]
}) => {
  const href = safeHref(node.fields.url)
  const children = nodesToJSX({ nodes: node.children as never[] })
  return href ? <a href={href}>{children}</a> : <>{children}</>
}

type ListItemArgs = {
  node: { value?: number; children: { type?: string }[] }
  parent: { listType?: string }
  nodesToJSX: (args: { nodes: never[] }) => React.ReactNode[]
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  // Lexical numbers every list item, and Payload writes that `value` on bullets too, where it is not valid HTML.
  listitem: (args) => {
    const { node, parent, nodesToJSX } = args as unknown as ListItemArgs
    const fallback = defaultConverters.listitem
    if (parent.listType === 'check' && typeof fallback === 'function') return fallback(args)
    const nested = node.children.some((child) => child.type === 'list')
    return (
      <li
        className={nested ? 'nestedListItem' : undefined}
        style={nested ? { listStyleType: 'none' } : undefined}
        value={parent.listType === 'number' ? node.value : undefined}
      >
        {nodesToJSX({ nodes: node.children as never[] })}
      </li>
    )
  },
  link: linkConverter,
  autolink: linkConverter,
  upload: ({ node }) => {
    const media = asMedia(node.value)
    const picture = sizeOf(media, 'hero')
    if (!media || !picture) return null
    if (!media.mimeType?.startsWith('image/')) return <a href={media.url ?? undefined}>{media.filename}</a>
    const caption = (node.fields as UploadFields | undefined)?.caption || media.caption
    return (
      <figure className="figure">
        <img src={picture.url} alt={media.alt} width={picture.width} height={picture.height} loading="lazy" />
        {caption || media.credit ? (
          <figcaption>
            {caption}
            {media.credit ? <span className="credit"> Credit: {media.credit}</span> : null}
          </figcaption>
        ) : null}
      </figure>
    )
  },
  blocks: {
    cta: ({ node }: { node: { fields: CtaFields } }) => {
      const href = safeHref(node.fields.url)
      if (!href) return null
      return (
        <aside className="cta" aria-label={node.fields.label}>
          {node.fields.description ? <p>{node.fields.description}</p> : null}
          <a className="button" href={href}>
            {node.fields.label}
          </a>
        </aside>
      )
    },
  },
})

export function RichText({ data, className }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      className={className}
      disableContainer={!className}
    />
  )
}
