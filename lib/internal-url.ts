/** Where this server reaches itself (and jobs or scripts reach it): on loopback, whatever Host a visitor sent. */
export const internalBaseUrl = () => process.env.INTERNAL_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
