/** People counted from 1 up to this minus one are never shown (DOMAIN.md §1: aggregates only). */
export const MIN_CELL_SIZE = 5

/**
 * Suppresses the small counts (1–4 people) of one table whose cells add up to a published total,
 * the same rule as the ladder library's cohort analytics: when exactly one cell would be hidden,
 * the smallest other non-zero cell is hidden too, so no total lets it be worked out by
 * subtraction. Zero is shown: it identifies nobody.
 */
export const suppressCells = (counts: readonly number[], min = MIN_CELL_SIZE): (number | null)[] => {
  const published: (number | null)[] = counts.map((count) => (count > 0 && count < min ? null : count))
  if (published.filter((count) => count === null).length === 1) {
    let smallest = -1
    published.forEach((count, index) => {
      if (count !== null && count > 0 && (smallest < 0 || count < (published[smallest] as number))) smallest = index
    })
    if (smallest >= 0) published[smallest] = null
  }
  return published
}

/** One count on its own (no total to subtract from). */
export const suppressCount = (count: number, min = MIN_CELL_SIZE): number | null => (count > 0 && count < min ? null : count)
