/** 2.4 MB, 830 KB: how a journalist judges whether a file will go through. */
export function formatBytes(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** image/jpeg -> JPEG, application/pdf -> PDF */
export const fileType = (mime: string | null | undefined) =>
  (mime?.split('/')[1] ?? 'file').replace('jpeg', 'jpg').toUpperCase().replace('JPG', 'JPEG')

/** Phone numbers as typed for display; digits only (with +) for tel: links. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`
