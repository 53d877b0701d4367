export const MEDIA_EXPERIENCE = [
  { value: 'tv', label: 'TV' },
  { value: 'radio', label: 'Radio' },
  { value: 'print', label: 'Print and online' },
  { value: 'live', label: 'Live interviews' },
] as const
