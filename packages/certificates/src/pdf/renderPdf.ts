// The only module that imports pdfkit: it draws a DocumentLayout and nothing else. Drawing is
// stateful in pdfkit, so it stays here, small, fed by data.
import PDFDocument from 'pdfkit'
import { RenderError } from '../errors/RenderError.js'
import { hasRightToLeft, visualWords } from '../internal/bidi.js'
import type { DocumentLayout, ImageItem, LayoutItem, QrItem, TextItem } from '../layout/DocumentLayout.js'
import { loadFonts } from './fonts.js'

const LINE_GAP = 1.5
const STEP = 0.5

// The parts of pdfkit's tagging (PDFKit.PDFStructureElement) this module reaches into to tie a
// link annotation to its Link element (an OBJR), which pdfkit does not do itself.
interface StructureElement {
  readonly dictionary: { readonly data: Record<string, unknown> }
  add(child: StructureElement | (() => void)): StructureElement
  end(): void
  _children: unknown[]
  _flushChild(child: unknown): void
}

interface TaggingDocument {
  struct(type: string, options?: { alt?: string; actual?: string; lang?: string }, children?: () => void): StructureElement
  addStructure(element: StructureElement): void
  markContent(tag: string, options?: Record<string, unknown>): void
  endMarkedContent(): void
  getStructTreeRoot(): { data: { ParentTreeNextKey: number } }
  getStructParentTree(): { add(key: number, value: unknown): void }
  readonly page: { readonly dictionary: unknown; readonly annotations: unknown[] }
}

/**
 * Draws a {@link DocumentLayout} as PDF bytes. Same layout, same bytes: the creation date comes from
 * the layout, and nothing else varies.
 *
 * @throws {@link RenderError} `text-does-not-fit` when a text does not fit its box even at its
 *   smallest size, `unsupported-character` when the font has no glyph for a character; `path`
 *   points at the input field.
 * @example
 * ```ts
 * const pdf = await renderPdf(layoutCertificate(validateCertificateInput(input)))
 * ```
 */
export function renderPdf(layout: DocumentLayout): Promise<Uint8Array> {
  const fonts = loadFonts()
  const created = new Date(`${layout.createdOn}T12:00:00Z`)
  const doc = new PDFDocument({
    size: [layout.width, layout.height],
    margin: 0,
    autoFirstPage: false,
    // No default font: pdfkit would otherwise parse Helvetica's metrics for every document.
    font: null as unknown as string,
    compress: true,
    // PDF/A-3a: archivable, tagged, and allowed to carry the credential as an associated file.
    pdfVersion: '1.7',
    subset: 'PDF/A-3a',
    tagged: true,
    lang: layout.metadata.language,
    displayTitle: true,
    info: {
      Title: layout.metadata.title,
      Author: layout.metadata.author,
      Subject: layout.metadata.subject,
      Creator: 'Doorstart',
      Producer: 'Doorstart (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks)
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    })
    doc.on('error', reject)
  })
  try {
    embedFont(doc, 'regular', fonts.regular)
    embedFont(doc, 'bold', fonts.bold)
    const tagging = doc as unknown as TaggingDocument
    // The structure tree: one Document root (pdfinfo warns about any other root type), its
    // children in the layout's reading order.
    const root = tagging.struct('Document')
    tagging.addStructure(root)
    for (const page of layout.pages) {
      doc.addPage({ size: [layout.width, layout.height], margin: 0 })
      for (const item of page.items) drawTagged(doc, tagging, root, item)
    }
    root.end()
    for (const attachment of layout.attachments) {
      doc.file(Buffer.from(attachment.content, 'utf8'), {
        name: attachment.name,
        type: attachment.mimeType,
        description: attachment.description,
        creationDate: created,
        modifiedDate: created,
        // PDF/A-3 associated file: the credential is the certificate's data in machine form.
        relationship: 'Data',
      } as PDFKit.Mixins.PDFAttachmentOptions)
    }
  } catch (error) {
    doc.end()
    return Promise.reject(error instanceof Error ? error : new RenderError('render-failed', String(error)))
  }
  doc.end()
  return done
}

// Parsing DejaVu's tables (cmap, GSUB, GPOS, hmtx…) and shaping words cost most of a render, so
// both are done once per process and shared:
// - the decoded tables, in one table cache that every document's font object uses, so each table
//   is decoded once, when first needed; fontkit only reads them (it clones head/hhea/maxp before
//   writing a subset);
// - pdfkit's per-word layout cache: glyph ids, advances and positions of each word, which pdfkit
//   only reads once made.
// Each document still gets its own fontkit font object, glyph cache and subset: sharing the font
// object itself corrupts later documents (fontkit issue 154). Tests render many documents in one
// process and compare bytes to guard this.
// The word cache grows with the vocabulary (names, places); start afresh now and then.
const DOCUMENTS_PER_WORD_CACHE = 1000

interface FontkitFont {
  readonly directory: { readonly tables: Readonly<Record<string, unknown>> }
  readonly stream: object
  hasGlyphForCodePoint(codePoint: number): boolean
  _tables: Record<string, unknown>
  readonly [table: string]: unknown
}

interface PdfkitEmbeddedFont {
  readonly font: FontkitFont
  layoutCache?: Record<string, unknown>
}

type Constructor<T> = new (...args: never[]) => T

interface SharedFontState {
  /** fontkit's table cache, shared by the font objects of all documents. */
  readonly tables: Record<string, unknown>
  /** fontkit's TTFFont, its DecodeStream and pdfkit's EmbeddedFont classes (pdfkit exports none of them). */
  readonly classes: {
    readonly font: new (stream: object) => FontkitFont
    readonly stream: new (buffer: Buffer) => object
    readonly embedded: new (document: PDFKit.PDFDocument, font: FontkitFont, id: string) => PdfkitEmbeddedFont
  }
  words: Record<string, unknown>
  documents: number
}

interface PdfkitFontRegistry {
  _fontFamilies: Record<string, PdfkitEmbeddedFont>
  _fontCount: number
}

const shared = new Map<Buffer, SharedFontState>()

function stateFor(name: string, file: Buffer): SharedFontState {
  let state = shared.get(file)
  if (!state) {
    // A throwaway document yields the classes (pdfkit exports none) and the table cache to share.
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string }).registerFont(name, file).font(name)
    const embedded = (doc as unknown as { _font: PdfkitEmbeddedFont })._font
    const master = embedded.font
    state = {
      tables: master._tables,
      classes: {
        font: master.constructor as Constructor<FontkitFont> as SharedFontState['classes']['font'],
        stream: master.stream.constructor as Constructor<object> as SharedFontState['classes']['stream'],
        embedded: embedded.constructor as Constructor<PdfkitEmbeddedFont> as SharedFontState['classes']['embedded'],
      },
      words: Object.create(null) as Record<string, unknown>,
      documents: 0,
    }
    shared.set(file, state)
  }
  return state
}

/**
 * Gives `doc` its own fontkit font for `file`, on the shared table cache before pdfkit touches it,
 * and registers it under `name` the way `doc.font(name)` would have.
 */
function embedFont(doc: PDFKit.PDFDocument, name: string, file: Buffer): void {
  const state = stateFor(name, file)
  const font = new state.classes.font(new state.classes.stream(file))
  font._tables = state.tables
  const registry = doc as unknown as PdfkitFontRegistry
  const embedded = new state.classes.embedded(doc, font, `F${++registry._fontCount}`)
  if (++state.documents % DOCUMENTS_PER_WORD_CACHE === 0) state.words = Object.create(null) as Record<string, unknown>
  embedded.layoutCache = state.words
  registry._fontFamilies[name] = embedded
}

/** Draws `item` inside its structure element, or as an artifact when it is decoration. */
function drawTagged(doc: PDFKit.PDFDocument, tagging: TaggingDocument, root: StructureElement, item: LayoutItem): void {
  switch (item.kind) {
    case 'text':
      // Right-to-left words are placed in visual order; ActualText gives readers the logical order.
      root.add(tagging.struct(item.role ?? 'P', hasRightToLeft(item.text) ? { actual: item.text } : {}, () => drawText(doc, item)))
      return
    case 'image':
      if (item.alt) root.add(tagging.struct('Figure', { alt: item.alt }, () => drawImage(doc, item)))
      else artifact(tagging, () => drawImage(doc, item))
      return
    case 'figure':
      root.add(tagging.struct('Figure', { alt: item.alt }, () => {
        for (const part of item.items) draw(doc, part)
      }))
      return
    case 'qr':
      drawLinkedQr(doc, tagging, root, item)
      return
    default:
      artifact(tagging, () => draw(doc, item))
  }
}

function artifact(tagging: TaggingDocument, paint: () => void): void {
  tagging.markContent('Artifact', { type: 'Layout' })
  paint()
  tagging.endMarkedContent()
}

/**
 * The QR code as a Figure with its alternative text inside a Link element, and the link
 * annotation over it with a description (`Contents`), tied to that Link element by an object
 * reference (OBJR) and the annotation's `StructParent`, as PDF/UA asks of links.
 */
function drawLinkedQr(doc: PDFKit.PDFDocument, tagging: TaggingDocument, root: StructureElement, item: QrItem): void {
  const description = item.linkDescription ?? item.url
  const link = tagging.struct('Link', { alt: description })
  root.add(link)
  link.add(tagging.struct('Figure', { alt: item.alt ?? item.url }, () => drawQrModules(doc, item)))
  const structRoot = tagging.getStructTreeRoot()
  const key = structRoot.data.ParentTreeNextKey++
  doc.link(item.x, item.y, item.size, item.size, item.url, { Contents: new String(description), StructParent: key } as unknown as Record<string, never>)
  const annotation = tagging.page.annotations.at(-1)
  const page = tagging.page.dictionary
  tagging.getStructParentTree().add(key, link.dictionary)
  const marker = { annotation }
  const flushChild = link._flushChild.bind(link)
  link._flushChild = (child: unknown): void => {
    if (child === marker) (link.dictionary.data.K as unknown[]).push({ Type: 'OBJR', Obj: annotation, Pg: page })
    else flushChild(child)
  }
  link._children.push(marker)
  link.end()
}

function draw(doc: PDFKit.PDFDocument, item: LayoutItem): void {
  switch (item.kind) {
    case 'text':
      drawText(doc, item)
      return
    case 'rect': {
      const shape = item.radius ? doc.roundedRect(item.x, item.y, item.width, item.height, item.radius) : doc.rect(item.x, item.y, item.width, item.height)
      if (item.lineWidth) doc.lineWidth(item.lineWidth)
      if (item.fill && item.stroke) shape.fillAndStroke(item.fill, item.stroke)
      else if (item.fill) shape.fill(item.fill)
      else shape.stroke(item.stroke ?? '#000000')
      return
    }
    case 'polyline': {
      const [first, ...rest] = item.points
      if (!first) return
      doc.lineWidth(item.lineWidth).moveTo(first[0], first[1])
      for (const [x, y] of rest) doc.lineTo(x, y)
      if (item.dash) doc.dash(item.dash, { space: item.dash })
      doc.stroke(item.color)
      doc.undash()
      return
    }
    case 'circle':
      doc.circle(item.x, item.y, item.radius).fill(item.fill)
      return
    case 'qr':
      drawQrModules(doc, item)
      doc.link(item.x, item.y, item.size, item.size, item.url)
      return
    case 'image':
      drawImage(doc, item)
      return
    case 'figure':
      for (const part of item.items) draw(doc, part)
      return
  }
}

/** Finds the largest size from `size` down to `minSize` (in steps of 0.5 pt) at which the text fits its box. */
function fitSize(doc: PDFKit.PDFDocument, item: TextItem): number {
  doc.font(item.font).fontSize(item.size)
  let size = item.size
  if (item.mode === 'line') {
    // Width and line height grow linearly with the size: one measurement is enough.
    const width = doc.widthOfString(item.text)
    const height = doc.currentLineHeight(true)
    const scale = Math.min(1, item.width / width, item.height / height)
    size = Math.floor((item.size * scale) / STEP) * STEP
  } else {
    while (size >= item.minSize && doc.fontSize(size).heightOfString(item.text, { width: item.width, lineGap: LINE_GAP }) > item.height) size -= STEP
  }
  if (size < item.minSize) {
    throw new RenderError(
      'text-does-not-fit',
      `The text at ${item.source || '/'} does not fit its box (${Math.round(item.width)} × ${Math.round(item.height)} pt) even at ${item.minSize} pt; shorten it.`,
      item.source,
    )
  }
  return size
}

// Code points known to be in each font; a character without a glyph would print as an empty box.
const printable = new Map<string, Set<number>>()

function assertPrintable(doc: PDFKit.PDFDocument, item: TextItem): void {
  const font = (doc as unknown as { _font: PdfkitEmbeddedFont })._font.font
  let known = printable.get(item.font)
  if (!known) {
    known = new Set()
    printable.set(item.font, known)
  }
  for (const character of item.text) {
    const codePoint = character.codePointAt(0) ?? 0
    if (known.has(codePoint) || /\s/.test(character)) continue
    if (!font.hasGlyphForCodePoint(codePoint)) {
      throw new RenderError(
        'unsupported-character',
        `The text at ${item.source || '/'} has a character the embedded font cannot print (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}); DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic scripts. Write it in one of these, or leave the character out.`,
        item.source,
      )
    }
    known.add(codePoint)
  }
}

function drawText(doc: PDFKit.PDFDocument, item: TextItem): void {
  doc.font(item.font)
  assertPrintable(doc, item)
  const size = fitSize(doc, item)
  doc.fontSize(size).fillColor(item.color)
  if (item.mode === 'wrap') {
    doc.text(item.text, item.x, item.y, { width: item.width, align: item.align, lineGap: LINE_GAP })
    return
  }
  // One line: place it ourselves so that right-to-left words come out in visual order.
  const words = hasRightToLeft(item.text) ? visualWords(item.text) : [item.text]
  const space = doc.widthOfString(' ')
  const widths = words.map((word) => doc.widthOfString(word))
  const total = widths.reduce((sum, width) => sum + width, 0) + space * (words.length - 1)
  let x = item.align === 'center' ? item.x + (item.width - total) / 2 : item.align === 'right' ? item.x + item.width - total : item.x
  words.forEach((word, index) => {
    doc.text(word, x, item.y, { lineBreak: false })
    x += (widths[index] ?? 0) + space
  })
}

function drawQrModules(doc: PDFKit.PDFDocument, item: QrItem): void {
  const cell = item.size / item.count
  // One rectangle per horizontal run of dark modules keeps the content stream small.
  for (let row = 0; row < item.count; row++) {
    let start = -1
    for (let col = 0; col <= item.count; col++) {
      const dark = col < item.count && item.modules[row * item.count + col] === true
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        doc.rect(item.x + start * cell, item.y + row * cell, (col - start) * cell, cell)
        start = -1
      }
    }
  }
  doc.fill(item.color)
}

function drawImage(doc: PDFKit.PDFDocument, item: ImageItem): void {
  const buffer = Buffer.from(item.data.buffer, item.data.byteOffset, item.data.byteLength)
  doc.image(buffer, item.x, item.y, { fit: [item.width, item.height], align: 'center', valign: 'center' })
}
