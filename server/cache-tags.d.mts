export declare const TAGS: {
  readonly releases: 'releases'
  readonly release: (slug: string) => `release:${string}`
  readonly topics: 'topics'
  readonly contacts: 'contacts'
  readonly media: 'media'
  readonly settings: 'settings'
  readonly redirects: 'redirects'
  readonly onCall: 'on-call'
  readonly experts: 'experts'
}
export declare const SURROGATE_KEY: 'Surrogate-Key'
export function tagsForPath(pathname: string): string[] | null
export function stampSurrogateKey(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  credentialed: boolean,
): void
