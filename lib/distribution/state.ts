import type { Payload } from 'payload'
import { SENDING_STATE } from '../../collections/distributions/hooks/keep-status'
import type { Distribution } from '../../payload-types'

type State = Partial<Pick<Distribution, 'status' | 'sendsAt' | 'sentBy' | 'sentAt' | 'recipients'>>

/** Moves a distribution along: the one writer of its status, saying so to the keep-status hook. */
export const setDistribution = (payload: Payload, id: number, data: State) =>
  payload.update({
    collection: 'distributions',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    context: { [SENDING_STATE]: true, disableRevalidate: true },
  })

/** The release a distribution sends, by id, however deep it was read. */
export const releaseIdOf = (d: Pick<Distribution, 'release'>) =>
  typeof d.release === 'object' ? d.release.id : d.release

export const findDistribution = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'distributions', id, depth: 0, overrideAccess: true }).catch(() => null)
