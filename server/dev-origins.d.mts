export declare function devOrigins(): string[]
