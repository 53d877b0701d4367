'use client'

import { useActionState, useEffect, useRef } from 'react'
import { Field } from '@/components/enquiry/field'
import { EMAIL_MAX } from '@/lib/alerts/fields'
import { SUBSCRIBE_IDLE, type SubscribeFormState } from '@/lib/alerts/form-state'
import { TopicChoice } from './topic-choice'

type Props = {
  action: (state: SubscribeFormState, form: FormData) => Promise<SubscribeFormState>
  topics: { slug?: string | null; name: string }[]
  preselected?: string
}

/** Posted to a server action: without JavaScript the page comes back with the answer, with it there is no reload. */
export function SubscribeForm({ action, topics, preselected }: Props) {
  // The permalink is the form's address without JavaScript (React would write an empty, invalid `action`).
  const [state, formAction, pending] = useActionState(action, SUBSCRIBE_IDLE, '/subscribe')
  if (state.status === 'sent') return <Sent email={state.email} />
  const invalid = state.status === 'invalid' ? state : null
  const values = invalid?.values ?? {
    email: '',
    scope: preselected ? 'topics' : 'all',
    topics: preselected ? [preselected] : [],
  }
  const errors = invalid?.errors ?? {}
  return (
    <form
      key={state.attempt}
      action={formAction}
      noValidate
      className="subscribe-form"
      aria-label="Email alerts"
      data-attempt={state.attempt}
      data-sending="Subscribing…"
    >
      {invalid ? <Problems errors={Object.values(errors)} formError={invalid.formError} /> : null}
      <Field
        id="email"
        label="Email address"
        hint="We will send a link here to confirm it is yours."
        error={errors.email}
      >
        {(d, i) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={EMAIL_MAX}
            required
            defaultValue={values.email}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <TopicChoice topics={topics} allNews={values.scope === 'all'} chosen={values.topics} error={errors.topics} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Subscribing…' : 'Subscribe'}
      </button>
    </form>
  )
}

function Problems({ errors, formError }: { errors: (string | undefined)[]; formError?: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" data-focus-on-load>
      <h2 id="error-summary-title">There is a problem</h2>
      {formError ? <p>{formError}</p> : null}
      {errors.length ? (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function Sent({ email }: { email: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="confirmation-panel" ref={ref} tabIndex={-1} role="status" data-focus-on-load>
      <h2>Check your inbox</h2>
      <p>
        We have sent a link to <strong>{email}</strong>. Your alerts start when you follow it; it works for three days.
      </p>
      <p>
        No email after a few minutes? Check your spam folder. If you asked before, a link from an earlier email works
        too, and confirms the choice you made just now.
      </p>
    </div>
  )
}
