import { CopyLinkButton } from './copy-link-button'

// Plain links to each network's share URL: no third-party script, no tracking, works without JavaScript.
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const links = [
    ['Email', `mailto:?subject=${t}&body=${u}`],
    ['X', `https://x.com/intent/post?text=${t}&url=${u}`],
    ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['WhatsApp', `https://wa.me/?text=${t}%20${u}`],
    ['Bluesky', `https://bsky.app/intent/compose?text=${t}%20${u}`],
  ] as const
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share this release</h2>
      <ul className="share-list">
        {links.map(([name, href]) => (
          <li key={name}>
            <a href={href} rel="noopener noreferrer" target={name === 'Email' ? undefined : '_blank'}>
              {name}
              {name === 'Email' ? null : <span className="visually-hidden"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  )
}
