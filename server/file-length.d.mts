import type { ServerResponse } from 'node:http'

export declare const FILE_LENGTH_HEADER: string
export declare function restoreFileLength(res: ServerResponse): void
