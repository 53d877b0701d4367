import { MEDIA_EXPERIENCE } from '../../collections/experts/media-experience'

const LABEL = new Map<string, string>(MEDIA_EXPERIENCE.map((m) => [m.value, m.label]))

/** "TV, Radio, Live interviews" for the media an expert has worked with. */
export const mediaLabels = (values?: readonly string[] | null) =>
  (values ?? []).map((v) => LABEL.get(v) ?? v).join(', ')

export const topicNames = (topics?: readonly unknown[] | null) =>
  (topics ?? []).flatMap((t) => (typeof t === 'object' && t && 'name' in t ? [String(t.name)] : []))
