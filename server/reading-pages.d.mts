export function withoutFrameworkScripts(html: string): string
export function sentWithoutFramework(
  req: Pick<import('node:http').IncomingMessage, 'method' | 'url'>,
  credentialed: boolean,
  tags: string[] | null,
): boolean
