import type { IncomingMessage, ServerResponse } from 'node:http'

export type PaceKind = 'api' | 'files' | 'signIn'
export declare const IN_FLIGHT: { api: number; files: number }
export declare const PACE: Record<PaceKind, { capacity: number; perSecond: number }>
export declare function paceOf(req: Pick<IncomingMessage, 'url' | 'headers'>): PaceKind | undefined
export declare const ALL_CLIENTS: { api: { capacity: number; perSecond: number } }
export declare function spend(
  kind: PaceKind,
  client: string,
  now?: number,
  rule?: { capacity: number; perSecond: number },
): boolean
export declare function paceAnonymousApi(
  req: IncomingMessage,
  res: ServerResponse,
  client: string,
  options?: { pauseMs?: number; busy?: () => boolean; now?: () => number },
): boolean
export declare const PRESSURE: number
export declare function underPressure(): boolean
