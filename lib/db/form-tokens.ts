// Spent form tokens (lib/enquiries/fill-token.ts): each nonce once, by whichever server sees it first.
export const SPEND_NONCE = `INSERT INTO form_token_uses (nonce, used_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING`
export const FORGET_SPENT_NONCES = `DELETE FROM form_token_uses
  WHERE used_at < $1::timestamptz - make_interval(hours => $2)`
export const UNSPEND_NONCE = `DELETE FROM form_token_uses WHERE nonce = $1`

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { SPEND_NONCE, FORGET_SPENT_NONCES, UNSPEND_NONCE }
