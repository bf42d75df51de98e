/** A colour as `#RRGGBB`. */
export type LayoutColor = string

/** Text in a fixed box. It wraps (`wrap`) or stays on one line (`line`), and shrinks from `size`
 * down to `minSize` until it fits; if it still does not fit, rendering fails with `text-does-not-fit`. */
export interface TextItem {
  readonly kind: 'text'
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly font: 'regular' | 'bold'
  readonly size: number
  readonly minSize: number
  readonly color: LayoutColor
  readonly align: 'left' | 'center' | 'right'
  readonly mode: 'line' | 'wrap'
  /** JSON Pointer of the input field the text comes from, for error messages. */
  readonly source: string
  /** Its role in the tagged PDF's structure tree: a heading (`H1`, `H2`) or, by default, a paragraph (`P`). */
  readonly role?: 'H1' | 'H2' | 'P'
}

export interface RectItem {
  readonly kind: 'rect'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly fill?: LayoutColor
  readonly stroke?: LayoutColor
  readonly lineWidth?: number
  readonly radius?: number
}

export interface PolylineItem {
  readonly kind: 'polyline'
  readonly points: readonly (readonly [number, number])[]
  readonly color: LayoutColor
  readonly lineWidth: number
  readonly dash?: number
}

export interface CircleItem {
  readonly kind: 'circle'
  readonly x: number
  readonly y: number
  readonly radius: number
  readonly fill: LayoutColor
}

/** A QR code as its module matrix (row by row, `true` is dark), drawn as vector squares. */
export interface QrItem {
  readonly kind: 'qr'
  readonly x: number
  readonly y: number
  readonly size: number
  readonly modules: readonly boolean[]
  readonly count: number
  readonly color: LayoutColor
  /** The URL it encodes; the area also becomes a link. */
  readonly url: string
  /** Alternative text of the code for people who cannot see it, e.g. `QR code linking to https://…`. */
  readonly alt?: string
  /** What the link does, for screen readers (the link annotation's description). */
  readonly linkDescription?: string
}

export interface ImageItem {
  readonly kind: 'image'
  readonly data: Uint8Array
  readonly x: number
  readonly y: number
  /** The image is scaled to fit inside `width` × `height`, keeping its aspect ratio. */
  readonly width: number
  readonly height: number
  /** Alternative text; without it the image is decoration (an artifact) in the tagged PDF. */
  readonly alt?: string
}

/**
 * Items that together form one picture, e.g. a chart: one `Figure` in the tagged PDF, read out as
 * `alt` (the parts inside are not read one by one).
 */
export interface FigureItem {
  readonly kind: 'figure'
  readonly alt: string
  readonly items: readonly Exclude<LayoutItem, FigureItem>[]
}

export type LayoutItem = TextItem | RectItem | PolylineItem | CircleItem | QrItem | ImageItem | FigureItem

/** A file attached to the PDF, e.g. the credential as `credential.jwt`. */
export interface Attachment {
  readonly name: string
  readonly mimeType: string
  readonly description: string
  readonly content: string
}

/**
 * A document as data: A4 pages of positioned items in PDF points (origin top left), plus metadata
 * and attachments. Produced by the pure `layout*` functions and drawn by the renderer. Items are
 * listed in reading order: the renderer tags them in that order (text as headings and paragraphs,
 * images, QR codes and figures with their alternative text, lines and shapes as artifacts).
 *
 * @example
 * ```ts
 * const layout: DocumentLayout = layoutCertificate(validateCertificateInput(input))
 * layout.pages[0]?.items.find((item) => item.kind === 'qr')?.url //=> input.verifyUrl
 * const pdf = await renderPdf(layout)
 * ```
 */
export interface DocumentLayout {
  readonly size: 'A4'
  readonly width: number
  readonly height: number
  /** ISO date; becomes the PDF's CreationDate and ModDate. */
  readonly createdOn: string
  readonly metadata: { readonly title: string; readonly author: string; readonly subject: string; readonly language: string }
  readonly pages: readonly { readonly items: readonly LayoutItem[] }[]
  readonly attachments: readonly Attachment[]
}
