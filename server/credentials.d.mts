export function carriesCredentials(
  headers: Pick<Headers, 'get'> | Record<string, string | string[] | undefined>,
  prefix?: string,
): boolean
