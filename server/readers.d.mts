export declare const NOT_A_READER: RegExp
export declare function isPrefetch(header: (name: string) => string | null | undefined): boolean
