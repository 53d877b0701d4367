import { PreviewUnavailable } from '@/components/preview/preview-unavailable'

export default function PreviewNotFound() {
  return <PreviewUnavailable reason="gone" />
}
