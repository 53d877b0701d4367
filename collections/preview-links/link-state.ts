import type { FieldHook } from 'payload'
import { findPublicRelease } from '../../lib/release/public-release'

export type LinkState = 'Active' | 'Expired' | 'Revoked' | 'Release now public'

/** Where a link stands, in words: what the press office needs before resending or revoking it. */
export const linkState: FieldHook = async ({ siblingData, req }): Promise<LinkState> => {
  if (siblingData.revoked) return 'Revoked'
  if (siblingData.expiresAt && new Date(siblingData.expiresAt).getTime() <= Date.now()) return 'Expired'
  const release =
    typeof siblingData.release === 'object' && siblingData.release ? siblingData.release.id : siblingData.release
  if (typeof release === 'number' && (await findPublicRelease(req.payload, { id: release })))
    return 'Release now public'
  return 'Active'
}
