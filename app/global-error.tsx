'use client'

// The last resort for the admin and the site alike, when even their outer layout failed (the database away while
// the admin starts): a plain page that says what happened, never a blank screen.
export default function GlobalError({ reset }: { reset: () => void }) {
  return (
    <html lang="en-GB">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
          lineHeight: 1.5,
        }}
      >
        <h1>Temporarily unavailable</h1>
        <p>
          Press Office could not load this page just now, usually because its database is briefly out of reach. Nothing
          you saved has been lost.
        </p>
        <p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </p>
      </body>
    </html>
  )
}
