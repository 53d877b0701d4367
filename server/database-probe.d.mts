export function watchDatabase(databaseUrl: string | undefined, everyMs?: number): { reachable: boolean }
export function unavailableWhileDatabaseIsAway(
  res: import('node:http').ServerResponse,
  database: { reachable: boolean },
  retryAfterSeconds?: number,
): void
