import type { DefaultServerCellComponentProps } from 'payload'

/** A tick box in a list reads "Yes" or "No", not Payload's raw `true`/`false`. */
export function YesNoCell({ cellData }: DefaultServerCellComponentProps) {
  return <span>{cellData ? 'Yes' : 'No'}</span>
}
