'use client'

import { useActionState } from 'react'
import { ENQUIRY_FIELDS, FILL_TOKEN, HONEYPOT, LIMITS, type EnquiryValues } from '@/lib/enquiries/fields'
import { IDLE, type EnquiryFormState } from '@/lib/enquiries/form-state'
import type { ReleaseOption } from '@/lib/enquiries/release-options'
import { DeadlineFields } from './deadline-fields'
import { ErrorSummary } from './error-summary'
import { Field } from './field'

type Props = {
  action: (state: EnquiryFormState, form: FormData) => Promise<EnquiryFormState>
  token: string
  today: string
  releases: ReleaseOption[]
  release: string
  /** The expert the journalist asked to interview, from their page or a release. */
  expert?: { slug: string; name: string; role: string }
}

const blank = Object.fromEntries(ENQUIRY_FIELDS.map((f) => [f, ''])) as EnquiryValues

/**
 * A plain form posted to a server action: without JavaScript the browser posts it and the page comes back with
 * the answer; with JavaScript the same action runs without a reload.
 */
export function EnquiryForm({ action, token, today, releases, release, expert }: Props) {
  // The permalink is the form's address without JavaScript (React would write an empty, invalid `action`).
  const [state, formAction, pending] = useActionState(action, IDLE, '/media-enquiries')
  const invalid = state.status === 'invalid' ? state : null
  const values = invalid?.values ?? {
    ...blank,
    release,
    expert: expert?.slug ?? '',
    subject: expert ? `Interview request: ${expert.name}` : '',
  }
  const errors = invalid?.errors ?? {}
  return (
    // A new key per answer re-renders the controls with the values sent back, and refocuses the summary;
    // data-attempt lets the end-to-end tests tell one answer from the next.
    <form
      key={state.attempt}
      action={formAction}
      noValidate
      className="enquiry-form"
      aria-label="Media enquiry"
      data-attempt={state.attempt}
      data-sending="Sending…"
    >
      {invalid ? <ErrorSummary errors={errors} formError={invalid.formError} /> : null}
      <input type="hidden" name={FILL_TOKEN} value={invalid?.token ?? token} />
      {expert && values.expert === expert.slug ? (
        <div className="expert-request" role="note">
          <input type="hidden" name="expert" value={expert.slug} />
          <p>
            <strong>Interview request:</strong> {expert.name}
            {expert.role ? `, ${expert.role}` : ''}. We will ask them and come back to you; tell us the format (TV,
            radio, print), where and when.
          </p>
        </div>
      ) : null}
      <Field id="name" label="Your name" error={errors.name}>
        {(d, i) => (
          <input
            id="name"
            name="name"
            autoComplete="name"
            maxLength={LIMITS.name}
            required
            defaultValue={values.name}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <Field id="outlet" label="Publication, programme or outlet" error={errors.outlet}>
        {(d, i) => (
          <input
            id="outlet"
            name="outlet"
            autoComplete="organization"
            maxLength={LIMITS.outlet}
            required
            defaultValue={values.outlet}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <Field id="email" label="Email address" hint="We will send your acknowledgement here." error={errors.email}>
        {(d, i) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={LIMITS.email}
            required
            defaultValue={values.email}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <Field id="phone" label="Phone number" optional hint="So we can call you back on deadline." error={errors.phone}>
        {(d, i) => (
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={LIMITS.phone}
            defaultValue={values.phone}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <DeadlineFields values={values} error={errors.deadline} today={today} />
      <Field id="release" label="Related release" optional error={errors.release}>
        {(d) => (
          <select id="release" name="release" defaultValue={values.release} aria-describedby={d}>
            <option value="">Not about a particular release</option>
            {releases.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="subject" label="Subject" error={errors.subject}>
        {(d, i) => (
          <input
            id="subject"
            name="subject"
            maxLength={LIMITS.subject}
            required
            defaultValue={values.subject}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      <Field
        id="message"
        label="Your enquiry"
        hint={`What you would like to know, and any interview or image requests. Up to ${LIMITS.message} characters.`}
        error={errors.message}
      >
        {(d, i) => (
          <textarea
            id="message"
            name="message"
            rows={8}
            maxLength={LIMITS.message}
            required
            defaultValue={values.message}
            aria-describedby={d}
            aria-invalid={i}
          />
        )}
      </Field>
      {/* A trap for form-filling robots: hidden from people and assistive technology, so only a robot fills it. */}
      <div className="enquiry-trap" aria-hidden="true">
        <label htmlFor={HONEYPOT}>Leave this field empty</label>
        <input id={HONEYPOT} name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Send enquiry'}
      </button>
    </form>
  )
}
