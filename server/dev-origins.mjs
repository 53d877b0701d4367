// The names this machine answers to, for `npm run dev`. Next's development server refuses its own scripts to a page
// opened under any other name than the one it started with (localhost): the admin, drawn by those scripts, was a
// blank page at http://127.0.0.1:3000 or at the machine's name on the network. Development only: a production
// build serves its scripts to anyone.
import { hostname, networkInterfaces } from 'node:os'

export function devOrigins() {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', hostname()])
  for (const addresses of Object.values(networkInterfaces()))
    for (const { address, family } of addresses ?? []) names.add(family === 'IPv6' ? `[${address}]` : address)
  return [...names]
}
