// Just enough of the Unicode bidirectional algorithm for one-line names: words made of a
// right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…) are reordered per run, and the
// glyphs inside each word are reordered and shaped by fontkit. pdfkit itself lays a whole line
// out in one direction, which loses the spaces between right-to-left words.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/

/** True when `text` contains characters of a right-to-left script. */
export const hasRightToLeft = (text: string): boolean => RTL.test(text)

/** The words of a one-line text in the order they appear on paper, from left to right. */
export function visualWords(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '')
  const firstStrong = words.find((word) => RTL.test(word) || STRONG_LTR.test(word))
  const baseRtl = firstStrong !== undefined && RTL.test(firstStrong)
  const runs: { rtl: boolean; words: string[] }[] = []
  for (const word of words) {
    // Neutral words (digits, punctuation) join the run they stand in.
    const rtl = RTL.test(word) ? true : STRONG_LTR.test(word) ? false : (runs.at(-1)?.rtl ?? baseRtl)
    const last = runs.at(-1)
    if (last && last.rtl === rtl) last.words.push(word)
    else runs.push({ rtl, words: [word] })
  }
  const ordered = baseRtl ? runs.reverse() : runs
  return ordered.flatMap((run) => (run.rtl ? [...run.words].reverse() : run.words))
}
