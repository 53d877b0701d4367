import { snippetParts } from '@/lib/search/query'

/** A search snippet with the matched words in <mark>: plain text split at marker characters, never parsed markup. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet">
      {snippetParts(text).map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  )
}
