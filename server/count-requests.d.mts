export type Reading = { kind: 'view' | 'text' | 'pdf' | 'kit' | 'download'; slug: string }
export function tally(): Map<string, number>
export function readingOf(req: import('node:http').IncomingMessage): Reading | undefined
export function countReadings(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  now?: () => Date,
): void
export function firstReading(req: import('node:http').IncomingMessage, reading: Reading, now?: Date): boolean
