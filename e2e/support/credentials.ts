// The e2e server's first admin, created at start from ADMIN_EMAIL / ADMIN_PASSWORD as in production.
export const ADMIN = { email: 'e2e-admin@example.com', password: 'e2e-admin-password-123' }
