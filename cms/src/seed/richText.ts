// Builds Lexical editor state for seeded rich text: headings and paragraphs of plain text.
import type { Curriculum } from '../payload-types'

/** A rich-text field's value (Lexical editor state), as the generated types have it. */
type RichText = NonNullable<Curriculum['introduction']>

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

const block = (node: { type: string; [key: string]: unknown }, text: string) => ({
  ...node,
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/** `['# Heading', 'Paragraph', ...]` → a Lexical document (`# ` marks an h2). */
export const richText = (...lines: readonly string[]): RichText => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: lines.map((line) =>
      line.startsWith('# ')
        ? block({ type: 'heading', tag: 'h2' }, line.slice(2))
        : block({ type: 'paragraph', textFormat: 0, textStyle: '' }, line),
    ),
  },
})
