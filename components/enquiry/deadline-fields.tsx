import type { EnquiryValues } from '@/lib/enquiries/fields'
import { FieldError } from './field'

type Props = { values: Pick<EnquiryValues, 'deadlineDate' | 'deadlineTime'>; error?: string; today: string }

/** Date and time as two native controls in one group, read on a UK clock. */
export function DeadlineFields({ values, error, today }: Props) {
  const describedBy = ['deadline-hint', error && 'deadline-error'].filter(Boolean).join(' ')
  const invalid = error ? true : undefined
  return (
    <fieldset className={error ? 'form-group has-error' : 'form-group'}>
      <legend>Your deadline</legend>
      <p id="deadline-hint" className="field-hint">
        UK time. When do you need our answer by?
      </p>
      <FieldError id="deadline-error" message={error} />
      <div className="form-row">
        <div className="form-field">
          <label htmlFor="deadlineDate">Date</label>
          <input
            id="deadlineDate"
            name="deadlineDate"
            type="date"
            min={today}
            required
            defaultValue={values.deadlineDate}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        </div>
        <div className="form-field">
          <label htmlFor="deadlineTime">Time</label>
          <input
            id="deadlineTime"
            name="deadlineTime"
            type="time"
            required
            defaultValue={values.deadlineTime}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        </div>
      </div>
    </fieldset>
  )
}
