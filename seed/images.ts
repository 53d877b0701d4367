import sharp from 'sharp'

// Demo pictures are drawn here, not downloaded: calm abstract compositions keyed by a hue.
export async function demoImage(hue: number, label: string, width = 2000, height = 1125): Promise<Buffer> {
  const c = (h: number, s: number, l: number) => `hsl(${(h + 360) % 360},${s}%,${l}%)`
  const safe = label.replace(/[<>&"']/g, '')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${c(hue, 55, 32)}"/><stop offset="1" stop-color="${c(hue + 40, 60, 55)}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.36}"
      fill="${c(hue + 180, 50, 70)}" opacity="0.35"/>
    <circle cx="${width * 0.2}" cy="${height * 0.85}" r="${height * 0.5}" fill="${c(hue - 30, 45, 20)}" opacity="0.4"/>
    <rect x="${width * 0.08}" y="${height * 0.62}" width="${width * 0.5}" height="${height * 0.006}"
      fill="#fff" opacity="0.8"/>
    <text x="${width * 0.08}" y="${height * 0.58}" font-family="sans-serif" font-size="${height * 0.09}"
      font-weight="700" fill="#fff">${safe}</text>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
