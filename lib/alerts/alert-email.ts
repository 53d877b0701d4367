import type { SendEmailOptions } from 'payload'
import { formatDate } from '../time/dates'
import { alertLinks } from './links'

export type AlertRelease = {
  id: number
  title: string
  summary: string
  slug?: string | null
  releaseDate?: string | null
  topicNames: string[]
}
export type AlertSubscriber = { id: number; email: string; allNews?: boolean | null; topicNames: string[] }
type Context = { organisationName: string; base: string; pressEmail?: string | null }

/**
 * One alert: the release's title, summary and link, why the reader gets it, and how to stop. The List-Unsubscribe
 * headers let mail programs offer one-click unsubscribe (RFC 8058): they POST to the https address.
 */
export function alertEmail(release: AlertRelease, subscriber: AlertSubscriber, context: Context): SendEmailOptions {
  const { base, organisationName, pressEmail } = context
  const links = alertLinks(base, subscriber.id)
  const why = subscriber.allNews ? 'all news' : `news on ${subscriber.topicNames.join(', ')}`
  const unsubscribe = [`<${links.unsubscribe}>`]
  if (pressEmail)
    unsubscribe.push(`<mailto:${pressEmail}?subject=${encodeURIComponent('Unsubscribe from news alerts')}>`)
  return {
    to: subscriber.email,
    replyTo: pressEmail || undefined,
    subject: release.title,
    text: [
      release.title,
      release.releaseDate ? formatDate(release.releaseDate) : null,
      '',
      release.summary,
      '',
      `Read the release: ${base}/news/${release.slug}`,
      release.topicNames.length ? `Topics: ${release.topicNames.join(', ')}` : null,
      '',
      '--',
      `You get this email because you subscribed to ${why} from the ${organisationName} newsroom.`,
      `Change your topics: ${links.manage}`,
      `Unsubscribe: ${links.unsubscribe}`,
    ]
      .filter((line) => line !== null)
      .join('\n'),
    headers: {
      'List-Unsubscribe': unsubscribe.join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${organisationName} news alerts <alerts.${new URL(base).hostname}>`,
    },
  }
}
