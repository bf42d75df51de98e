import type { LayoutItem } from './DocumentLayout.js'
import { PAGE } from './frame.js'

/**
 * Stacks fixed-height blocks down the page and starts a new page when the next block would cross
 * the bottom. Every block has a fixed height (its text shrinks to fit), so pagination needs no
 * font measurements and stays pure.
 */
export class Flow {
  readonly pages: LayoutItem[][] = [[]]
  y: number

  constructor(
    private readonly top: number,
    private readonly bottom: number,
    private readonly pageHeader: (pageIndex: number) => { items: readonly LayoutItem[]; y: number },
    firstY: number,
  ) {
    this.y = firstY
  }

  private get page(): LayoutItem[] {
    return this.pages[this.pages.length - 1] as LayoutItem[]
  }

  /** Places a block of `height` points; `draw` gets the y of its top. */
  block(height: number, draw: (y: number) => readonly LayoutItem[]): void {
    if (this.y + height > this.bottom) this.newPage()
    this.page.push(...draw(this.y))
    this.y += height
  }

  /** Keeps the next `height` points together on one page. */
  keep(height: number): void {
    if (this.y + height > this.bottom) this.newPage()
  }

  gap(height: number): void {
    this.y += height
  }

  private newPage(): void {
    this.pages.push([])
    const head = this.pageHeader(this.pages.length - 1)
    this.page.push(...head.items)
    this.y = Math.max(this.top, head.y)
  }
}

export const FLOW_BOTTOM = PAGE.height - 70
