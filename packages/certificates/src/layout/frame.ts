// Shared building blocks of every document: the page geometry, the centre's header band, text
// items and the QR code. All pure: data in, layout items out.
import QRCode from 'qrcode'
import { t } from './catalogue.js'
import type { CentreInfo, DocumentLocale } from './CentreInfo.js'
import type { LayoutItem, QrItem, TextItem } from './DocumentLayout.js'

export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin

export const INK = '#1f2328'
export const MUTED = '#57606a'
export const LIGHT = '#eef1f4'
const DEFAULT_PRIMARY = '#1d4e89'
const DEFAULT_ACCENT = '#e0913a'

export interface Theme {
  readonly primary: string
  readonly accent: string
}

export const themeOf = (centre: CentreInfo): Theme => ({
  primary: centre.branding?.primaryColor ?? DEFAULT_PRIMARY,
  accent: centre.branding?.accentColor ?? DEFAULT_ACCENT,
})

type TextOptions = Partial<Omit<TextItem, 'kind' | 'text' | 'x' | 'y' | 'width' | 'height' | 'source'>>

/** A text item; by default one regular 10 pt line that may shrink to 6 pt. */
export function text(value: string, box: { x: number; y: number; width: number; height: number }, source: string, options: TextOptions = {}): TextItem {
  const size = options.size ?? 10
  return {
    kind: 'text', text: value, ...box, source,
    font: options.font ?? 'regular', size, minSize: options.minSize ?? Math.min(size, 6),
    color: options.color ?? INK, align: options.align ?? 'left', mode: options.mode ?? 'line',
    ...(options.role && options.role !== 'P' ? { role: options.role } : {}),
  }
}

function logoBytes(logo: Uint8Array | string): Uint8Array {
  if (typeof logo !== 'string') return logo
  return Buffer.from(logo.slice(logo.indexOf(',') + 1), 'base64')
}

/** The coloured band at the top of a page: logo on white, centre name and place. */
export function header(centre: CentreInfo, theme: Theme, height: number, locale: DocumentLocale): LayoutItem[] {
  const { margin } = PAGE
  const items: LayoutItem[] = [
    { kind: 'rect', x: 0, y: 0, width: PAGE.width, height, fill: theme.primary },
    { kind: 'rect', x: 0, y: height, width: PAGE.width, height: 4, fill: theme.accent },
  ]
  let textX = margin
  if (centre.branding?.logo) {
    const boxHeight = height - 30
    items.push(
      { kind: 'rect', x: margin, y: 15, width: 130, height: boxHeight, fill: '#ffffff', radius: 4 },
      { kind: 'image', data: logoBytes(centre.branding.logo), x: margin + 6, y: 21, width: 118, height: boxHeight - 12, alt: t(locale, 'logo.alt', { centre: centre.name }) },
    )
    textX = margin + 145
  }
  const width = PAGE.width - margin - textX
  items.push(text(centre.name, { x: textX, y: height / 2 - 16, width, height: 22 }, '/centre/name', { font: 'bold', size: 16, minSize: 8, color: '#ffffff' }))
  const sub = [centre.location, centre.url].filter((part): part is string => part !== undefined).join('  ·  ')
  if (sub) items.push(text(sub, { x: textX, y: height / 2 + 8, width, height: 14 }, centre.location ? '/centre/location' : '/centre/url', { size: 9, color: '#ffffff' }))
  return items
}

/** A QR code for `url`, as a module matrix (error correction M: survives a folded, stained page). */
export function qrCode(url: string, x: number, y: number, size: number, color: string, locale: DocumentLocale): QrItem {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const count = code.modules.size
  const modules = Array.from({ length: count * count }, (_, index) => code.modules.data[index] === 1)
  return { kind: 'qr', x, y, size, modules, count, color, url, alt: t(locale, 'qr.alt', { url }), linkDescription: t(locale, 'qr.link', { url }) }
}

/** A thin horizontal rule. */
export const rule = (x: number, y: number, width: number, color: string, lineWidth = 0.75): LayoutItem => ({
  kind: 'polyline', points: [[x, y], [x + width, y]], color, lineWidth,
})

/** Bulleted list as one wrapping text: each entry on its own line, continuation lines indented by the bullet. */
export const bullets = (entries: readonly string[]): string => entries.map((entry) => `•  ${entry}`).join('\n')
