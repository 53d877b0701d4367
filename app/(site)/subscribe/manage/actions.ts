'use server'

import { redirect } from 'next/navigation'
import { readSubscribeValues } from '@/lib/alerts/fields'
import { changeTopics, confirmSubscription } from '@/lib/alerts/manage'
import { subscriberToken } from '@/lib/alerts/tokens'
import { topicIdsFor } from '@/lib/alerts/topic-ids'
import { payload } from '@/lib/data/payload'

const manageHref = (token: string, extra: string) => `/subscribe/manage?token=${encodeURIComponent(token)}&${extra}`

/** The confirm page's button: starts the alerts, then shows the subscriber their settings. */
export async function confirmAction(form: FormData) {
  const found = await confirmSubscription(await payload(), form.get('token'))
  if (!found.ok) redirect(`/subscribe/confirm?token=${encodeURIComponent(String(form.get('token') ?? ''))}`)
  redirect(manageHref(subscriberToken('manage', found.subscriber.id), 'done=confirmed'))
}

/** The manage page's form: all news, or at least one existing topic. */
export async function saveTopicsAction(form: FormData) {
  const token = String(form.get('token') ?? '')
  const values = readSubscribeValues(form)
  const client = await payload()
  const topicIds = await topicIdsFor(client, values.topics)
  if (values.scope === 'topics' && !topicIds.length) redirect(manageHref(token, 'error=topics'))
  const found = await changeTopics(client, token, { allNews: values.scope === 'all', topicIds })
  redirect(manageHref(token, found.ok ? 'done=saved' : 'error=link'))
}
