import type { ServerResponse } from 'node:http'

export declare function inlineScriptHashes(html: string): string[]
export declare function withScriptHashes(policy: string, hashes: string[]): string
export declare function hashInlineScripts(
  res: ServerResponse,
  replace?: (html: string) => Promise<string | undefined>,
): void
