import type { Metadata } from 'next'
import Link from 'next/link'
import { withFeeds } from '@/lib/feeds/discovery'

export const metadata: Metadata = { title: 'Accessibility', alternates: withFeeds('/accessibility') }

// A static page: built once with the app, no data, no database.
export default function Accessibility() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" className="wrap main release">
        <p className="back">
          <Link href="/news">
            <span aria-hidden="true">← </span>Back to news
          </Link>
        </p>
        <h1>Accessibility</h1>
        <p>
          This newsroom aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page can be
          used with a keyboard alone, has a skip link, landmarks and headings in order, text alternatives for images,
          and works from 320 pixels wide and at 400% zoom. Pages work without JavaScript.
        </p>
        <p>
          Automated checks with axe run on every page type before each release of the software. If something does not
          work for you, please tell the press office through the <Link href="/contacts">press contacts page</Link> and
          we will send you the information in a format that suits you.
        </p>
      </main>
    </>
  )
}
