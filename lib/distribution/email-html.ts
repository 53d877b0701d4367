const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const paragraphs = (s: string) =>
  s
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('')

const BUTTON =
  'display:inline-block;padding:12px 20px;background:#0b3d91;color:#ffffff;text-decoration:underline;border-radius:4px'

export type HtmlParts = {
  note: string | null
  status: string
  title: string
  summary: string
  linkLabel: string
  link: string
  contact: string | null
  why: string
  unsubscribe: string
  from: string
}

/**
 * The HTML part: the same words as the text part, one column, system fonts, no pictures and no tracking pixel, so it
 * reads the same with images blocked, in dark mode and on a phone.
 */
export function emailHtml(p: HtmlParts): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(p.title)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto">
${p.note ? paragraphs(p.note) + '<hr style="border:0;border-top:1px solid #ccc;margin:16px 0">' : ''}
<p style="margin:0 0 16px;font-weight:bold;letter-spacing:0.02em">${escape(p.status)}</p>
<h1 style="font-size:24px;line-height:1.25;margin:0 0 16px">${escape(p.title)}</h1>
${paragraphs(p.summary)}
<p style="margin:24px 0"><a href="${escape(p.link)}" style="${BUTTON}">${escape(p.linkLabel)}</a></p>
<p style="margin:0 0 16px;font-size:14px">Or copy this address: ${escape(p.link)}</p>
${p.contact ? paragraphs(p.contact) : ''}
<hr style="border:0;border-top:1px solid #ccc;margin:24px 0 16px">
<p style="margin:0 0 8px;font-size:14px">${escape(p.why)}</p>
<p style="margin:0 0 8px;font-size:14px">
<a href="${escape(p.unsubscribe)}" style="color:#0b3d91">Stop getting releases</a></p>
<p style="margin:0;font-size:14px">${escape(p.from)}</p>
</div></body></html>`
}
