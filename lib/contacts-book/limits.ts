/**
 * What one import may be: a press office's whole book is a few thousand journalists, and every row is a database
 * write within one request, so a bigger file is split rather than left to time out half-done.
 */
export const IMPORT_LIMITS = { bytes: 2 * 1024 * 1024, rows: 5_000 } as const

export const IMPORT_SIZE_WORDS = '2 MB'
