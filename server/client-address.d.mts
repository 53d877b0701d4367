export function trustedProxies(setting?: string): (address: string) => boolean
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, isTrusted: (address: string) => boolean): string
