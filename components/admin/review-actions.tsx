'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useField, useForm } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'
import { isEditorUser } from '@/access/roles'
import { ScheduleNotice } from './schedule-notice'

type ReviewStatus = 'draft' | 'in_review' | 'approved'
const LABEL: Record<ReviewStatus, string> = { draft: 'Draft', in_review: 'In review', approved: 'Approved' }
const DONE: Record<ReviewStatus, string> = {
  in_review: 'Submitted for review. The editors have been told.',
  approved: 'Approved. The author has been told.',
  draft: 'Returned to the author with your comment.',
}

/**
 * The review workflow as buttons beside Publish: a contributor submits, an editor approves or returns with a
 * comment. Each saves the draft with its new status (the same request as Save draft), then says so in a toast;
 * the pill shows where the release stands.
 */
export function ReviewActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { submit } = useForm()
  const status = useField<ReviewStatus>({ path: 'reviewStatus' })
  const comment = useField<string>({ path: 'reviewComment' })
  const [returning, setReturning] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const current: ReviewStatus = status.value ?? 'draft'
  const editor = isEditorUser(user)

  const move = async (to: ReviewStatus, reviewComment?: string) => {
    if (!id) return
    setBusy(true)
    try {
      status.setValue(to)
      if (reviewComment !== undefined) comment.setValue(reviewComment)
      const action = formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}/${id}?depth=0&draft=true`,
      })
      const overrides = {
        _status: 'draft',
        reviewStatus: to,
        ...(reviewComment !== undefined ? { reviewComment } : {}),
      }
      const result = await submit({
        action,
        method: 'PATCH',
        overrides,
        skipValidation: true,
        disableSuccessStatus: true,
      })
      // Payload's form answers nothing when the server refused the save: it has already marked the fields and
      // said why (an empty standfirst, say), so the status goes back without a second, vaguer message.
      if (!result) {
        status.setValue(current)
        return
      }
      if ('res' in result && result.res && !result.res.ok) throw new Error(`HTTP ${result.res.status}`)
      toast.success(DONE[to])
      setReturning(false)
      setNote('')
    } catch {
      status.setValue(current)
      toast.error('That did not save. Check your connection and try again; nothing you wrote is lost.')
    } finally {
      setBusy(false)
    }
  }

  if (!id) return null
  return (
    <div className="review-actions" role="group" aria-label="Review">
      <span className={`review-pill review-pill--${current}`} aria-label={`Review status: ${LABEL[current]}`}>
        {LABEL[current]}
      </span>
      <ScheduleNotice />
      {current === 'draft' ? (
        <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => move('in_review')}>
          Submit for review
        </Button>
      ) : null}
      {editor && current !== 'approved' ? (
        <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => move('approved')}>
          Approve
        </Button>
      ) : null}
      {editor && current !== 'draft' && !returning ? (
        <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={() => setReturning(true)}>
          Return with a comment
        </Button>
      ) : null}
      {returning ? (
        <div className="review-actions__return">
          <label htmlFor="review-return-comment">What should the author change?</label>
          <textarea
            id="review-return-comment"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            maxLength={2000}
          />
          <Button
            buttonStyle="primary"
            size="medium"
            margin={false}
            disabled={busy || !note.trim()}
            onClick={() => move('draft', note.trim())}
          >
            Return to the author
          </Button>
          <Button buttonStyle="subtle" size="medium" margin={false} onClick={() => setReturning(false)}>
            Cancel
          </Button>
        </div>
      ) : null}
    </div>
  )
}
