'use client'
import { Button, Drawer, toast, useAuth, useConfig, useDocumentInfo, useField, useForm, useModal } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'
import { isEditorUser } from '@/access/roles'

type ReviewStatus = 'draft' | 'in_review' | 'approved'
const LABEL: Record<ReviewStatus, string> = { draft: 'Draft', in_review: 'In review', approved: 'Approved' }
const RETURN_DRAWER = 'review-return'
const DONE: Record<ReviewStatus, string> = {
  in_review: 'Submitted for review. The editors have been told.',
  approved: 'Approved. The author has been told.',
  draft: 'Returned to the author with your comment.',
}

/**
 * The review workflow as buttons beside Publish: a contributor submits, an editor approves or returns with a
 * comment. Each saves the draft with its new status (the same request as Save draft), then says so in a toast;
 * the pill shows where the release stands. They sit in Payload's one-line control bar, so they never wrap; the
 * return comment is written in a drawer rather than a box that would spill over the title and slug.
 */
export function ReviewActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { submit } = useForm()
  const status = useField<ReviewStatus>({ path: 'reviewStatus' })
  const comment = useField<string>({ path: 'reviewComment' })
  const { openModal, closeModal } = useModal()
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
      closeModal(RETURN_DRAWER)
      setNote('')
    } catch {
      status.setValue(current)
      toast.error('That did not save. Check your connection and try again; nothing you wrote is lost.')
    } finally {
      setBusy(false)
    }
  }

  if (!id) return null
  const button = (label: string, onClick: () => void) => (
    <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={onClick}>
      {label}
    </Button>
  )
  return (
    <div className="review-actions" role="group" aria-label="Review">
      <span className={`review-pill review-pill--${current}`} aria-label={`Review status: ${LABEL[current]}`}>
        {LABEL[current]}
      </span>
      {current === 'draft' ? button('Submit for review', () => move('in_review')) : null}
      {editor && current !== 'approved' ? button('Approve', () => move('approved')) : null}
      {editor && current !== 'draft' ? button('Return with a comment', () => openModal(RETURN_DRAWER)) : null}
      <Drawer slug={RETURN_DRAWER} title="Return to the author">
        <div className="review-return">
          <label htmlFor="review-return-comment">What should the author change?</label>
          <textarea
            id="review-return-comment"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={5}
            maxLength={2000}
          />
          <div className="review-return__buttons">
            <Button
              buttonStyle="primary"
              size="medium"
              margin={false}
              disabled={busy || !note.trim()}
              onClick={() => move('draft', note.trim())}
            >
              Return to the author
            </Button>
            <Button buttonStyle="subtle" size="medium" margin={false} onClick={() => closeModal(RETURN_DRAWER)}>
              Cancel
            </Button>
          </div>
        </div>
      </Drawer>
    </div>
  )
}
