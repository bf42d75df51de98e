// The dashboard's dates as a Dutch policy officer types and reads them (dd-mm-jjjj).
import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from '../../cms/src/reports/reportDates'

describe('dates on the policy dashboard', () => {
  it('reads dd-mm-jjjj in its usual spellings, and YYYY-MM-DD', () => {
    for (const typed of ['01-12-2025', '1-12-2025', '01/12/2025', '1.12.2025', ' 2025-12-01 ']) expect(parseDay(typed)).toBe('2025-12-01')
  })

  it('refuses days that do not exist and other text', () => {
    for (const typed of ['31-02-2026', '12/31/2025', '2025-13-01', '', 'gisteren', undefined, null]) expect(parseDay(typed)).toBeNull()
  })

  it('writes dd-mm-jjjj', () => {
    expect(formatDay('2026-01-05')).toBe('05-01-2026')
    expect(formatDay('niet-een-datum')).toBe('niet-een-datum')
  })
})
