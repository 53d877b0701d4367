import type { DefaultServerCellComponentProps } from 'payload'
import { EmbargoBadge } from './embargo-badge'

/** The releases list's embargo column: the badge instead of a bare date, so an embargoed row stands out. */
export function EmbargoCell({ cellData }: DefaultServerCellComponentProps) {
  return <EmbargoBadge until={typeof cellData === 'string' ? cellData : null} />
}
