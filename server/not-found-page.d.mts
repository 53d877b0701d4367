import type { IncomingMessage, ServerResponse } from 'node:http'

export declare const INTERNAL_HEADER: string
export declare const NOT_FOUND_PATHS: string[]
export type NotFoundPages = {
  admit: (req: IncomingMessage) => void
  replacement: (req: IncomingMessage, res: ServerResponse, html: string) => Promise<string | undefined>
}
export declare function notFoundPages(
  origin: () => string,
  options?: { fetchPage?: typeof fetch; now?: () => number },
): NotFoundPages
