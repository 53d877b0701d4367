/**
 * Crawlers keep out of the admin, the API (but for public media files), preview links (embargoed material shared
 * with journalists), search results and the personal subscription pages, and are told where the sitemaps are.
 */
export function robotsTxt(base: string): string {
  return [
    'User-agent: *',
    'Disallow: /admin',
    // Public pictures and files (og:image, JSON-LD images, feed enclosures) live under the API; the rest stays out.
    'Allow: /api/media/file/',
    'Disallow: /api',
    'Disallow: /preview',
    'Disallow: /search',
    'Disallow: /subscribe/',
    'Disallow: /mail/',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    `Sitemap: ${base}/sitemap-news.xml`,
    '',
  ].join('\n')
}
