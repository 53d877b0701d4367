// Rate-limit windows by keyed hash of the sender (lib/enquiries/rate-limit.ts), counted in one upsert.
export const COUNT_HIT = `INSERT INTO enquiry_rate_limits AS r (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN r.window_start <= $2::timestamptz - make_interval(mins => $3) THEN 1 ELSE r.hits + 1 END,
       window_start = CASE WHEN r.window_start <= $2::timestamptz - make_interval(mins => $3) THEN $2
         ELSE r.window_start END
     RETURNING hits, window_start`
export const FORGET_OLD_WINDOWS = `DELETE FROM enquiry_rate_limits
  WHERE window_start < $1::timestamptz - interval '1 day'`
export const READ_WINDOW = `SELECT hits, window_start FROM enquiry_rate_limits
     WHERE key = $1 AND window_start > $2::timestamptz - make_interval(mins => $3)`

/** Every statement here, for tests/db-statements.test.ts. */
export const SQL = { COUNT_HIT, FORGET_OLD_WINDOWS, READ_WINDOW }
