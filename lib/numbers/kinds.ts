// The readings counted for each release, in the order the admin shows them.
export const READING_KINDS = ['view', 'text', 'pdf', 'kit', 'download', 'preview', 'enquiry', 'alert'] as const
export type ReadingKind = (typeof READING_KINDS)[number]

export const KIND_LABELS: Record<ReadingKind, string> = {
  view: 'Page views',
  text: 'Plain text',
  pdf: 'PDF',
  kit: 'Press kit',
  download: 'Downloads',
  preview: 'Preview opens',
  enquiry: 'Enquiries',
  alert: 'Alerts delivered',
}

export const isReadingKind = (value: unknown): value is ReadingKind => READING_KINDS.includes(value as ReadingKind)
