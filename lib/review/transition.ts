export type ReviewStatus = 'draft' | 'in_review' | 'approved'
export type ReviewEvent = 'submitted' | 'returned' | 'approved'

type Change = { before?: string | null; after?: string | null; comment?: string | null; byEditor: boolean }

/**
 * Which review email a save calls for, if any. Anyone may submit; only an editor's decision is news to the author
 * (a contributor's edit that drops an approval back to draft is their own doing). A return without a comment
 * gives the author nothing to act on, so it sends nothing.
 */
export function reviewEvent({ before, after, comment, byEditor }: Change): ReviewEvent | null {
  if (!after || before === after) return null
  if (after === 'in_review') return 'submitted'
  if (!byEditor) return null
  if (after === 'approved') return 'approved'
  if (after === 'draft' && comment?.trim()) return 'returned'
  return null
}
