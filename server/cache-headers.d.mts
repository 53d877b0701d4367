export function cacheControlFor(maxAge: number): string
export function boundSharedCaching(
  res: import('node:http').ServerResponse,
  maxAge: number,
  credentialed?: boolean,
): void
export declare const OFFER_TO_SHARED_CACHES: string
