import { readBodyWithin } from './read-body'

// A one-click unsubscribe body is `List-Unsubscribe=One-Click`, form- or multipart-encoded: a few hundred bytes.
const LIMIT = 4096

/**
 * What an unsubscribe POST is: a mail program's one-click request (RFC 8058), a person's form, or a body too large
 * to be either, which is refused after reading no more than the limit (these addresses are open to anyone).
 */
export async function unsubscribePost(request: Request): Promise<'one-click' | 'form' | 'too-large'> {
  const read = await readBodyWithin(request, LIMIT)
  if (!read.ok) return 'too-large'
  return new TextDecoder().decode(read.body).includes('List-Unsubscribe=One-Click') ? 'one-click' : 'form'
}
