import type { FieldHook } from 'payload'
import { previewStanding } from '../../lib/preview/approved-version'
import { findPublicRelease } from '../../lib/release/public-release'

export type LinkState =
  | 'Active'
  | 'Expired'
  | 'Revoked'
  | 'Release now public'
  | 'Release withdrawn'
  | 'Waiting for approval'
  | 'Release deleted'

/** Where a link stands, in words: what the press office needs before resending or revoking it. */
export const linkState: FieldHook = async ({ siblingData, req }): Promise<LinkState> => {
  if (siblingData.revoked) return 'Revoked'
  if (siblingData.expiresAt && new Date(siblingData.expiresAt).getTime() <= Date.now()) return 'Expired'
  const release =
    typeof siblingData.release === 'object' && siblingData.release ? siblingData.release.id : siblingData.release
  if (typeof release !== 'number') return 'Active'
  if (await findPublicRelease(req.payload, { id: release })) return 'Release now public'
  const standing = await previewStanding(req.payload, release)
  if (!standing) return 'Release deleted'
  if (standing === 'withdrawn') return 'Release withdrawn'
  if (standing === 'not-approved') return 'Waiting for approval'
  return 'Active'
}
