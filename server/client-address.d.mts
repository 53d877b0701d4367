export function trustedProxies(setting?: string): (address: string) => boolean
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  isTrusted: (address: string) => boolean,
): string
export const CLIENT_HEADER: string
export function stampClientAddress(
  req: { socket?: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> },
  isTrusted: (address: string) => boolean,
): string
