/** An email address as the contacts book keys it: trimmed and lower-case (mailboxes are case-blind in practice). */
export const normaliseAddress = (email: string) => email.trim().toLowerCase()
