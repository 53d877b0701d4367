export function withoutFrameworkScripts(html: string): string
