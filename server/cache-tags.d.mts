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
export function publicAnswerTags(
  req: Pick<import('node:http').IncomingMessage, 'method' | 'url'>,
  credentialed: boolean,
): string[] | null
export function requestPath(req: Pick<import('node:http').IncomingMessage, 'url'>): string | null
