export function readsWithoutScripts(req: import('node:http').IncomingMessage, credentialed: boolean): boolean
export function withoutFrameworkScripts(html: string): string
