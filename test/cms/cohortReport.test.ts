// The policy figures (GET /api/reports/cohort): a generated cohort where single cells have 4
// people, to check that they are hidden and that no total lets them be worked out; the CSV is the
// dashboard's tables line for line; policy viewers get their own centre's figures and nothing
// personal (DOMAIN.md §1, §5; source 002 on refusals and shared figures).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CohortReport, ReportTable } from '../../cms/src/reports/CohortReport'
import { loadCohortReport } from '../../cms/src/reports/loadCohortReport'
import { reportCsvLines, tableRows } from '../../cms/src/reports/reportCsv'
import { loadDemoFixture, type DemoFixture, type Id } from '../support/cms/demoFixture'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let fixture: DemoFixture
let report: CohortReport
const period = { from: '2025-01-01', to: '2025-06-30' }

const reasonId = async (code: string): Promise<Id> => (await payload.find({ collection: 'refusal-reasons', where: { code: { equals: code } }, depth: 0 })).docs[0]!.id

const times = async (count: number, make: (i: number) => Promise<unknown>): Promise<void> => {
  for (let i = 0; i < count; i += 1) await make(i)
}

const referral = (data: Record<string, unknown>) =>
  payload.create({ collection: 'referrals', data: { centre: fixture.centre.own, receivedOn: '2025-02-10', ...data } as never, depth: 0 })

const participantWithExit = async (exit: { date: string; type: string } | null, events: Record<string, unknown>[] = []): Promise<void> => {
  const participant = await payload.create({ collection: 'participants', data: { centre: fixture.centre.own, workplace: fixture.workplace.own } as never, depth: 0 })
  await payload.create({
    collection: 'trajectories',
    data: { participant: participant.id, centre: fixture.centre.own, startDate: '2024-09-01', policy: 'lpc-rotterdam', events, ...(exit ? { exit } : {}) } as never,
    depth: 0,
  })
}

// Rungs, in a centre of their own (the demo seeds assessments in Rotterdam): the participatieladder
// is in effect from 2026, so this period is in 2026.
const rungPeriod = { from: '2026-02-01', to: '2026-10-31' }
let rungCentre: Id
let rungReport: CohortReport
let sameDayCentre: Id
let sameDayReport: CohortReport

/** A participant assessed on the default ladder before the period and in it; the later one voided if asked. */
const assessedParticipant = async (voidLater = false): Promise<void> => {
  const participant = await payload.create({ collection: 'participants', data: { centre: rungCentre } as never, depth: 0 })
  const assess = (asOf: string, facts: Record<string, unknown>) =>
    payload.create({ collection: 'assessments', data: { participant: participant.id, asOf, facts } as never, depth: 0, user: fixture.users.admin as never })
  await assess('2026-01-12', {})
  const later = await assess('2026-06-01', { socialContactsPerWeek: 2 })
  if (voidLater) await payload.update({ collection: 'assessments', id: later.id, data: { voided: true, voidReason: 'Verkeerde deelnemer' } as never, depth: 0 })
}

const table = (id: string): ReportTable => {
  const found = report.tables.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no table ${id}`)
  return found
}
const cell = (id: string, row: string): number | null => table(id).rows.find((candidate) => candidate.key === row)!.values[0]!

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  fixture = await loadDemoFixture(payload)
  const [noPlace, language] = [await reasonId('no-place'), await reasonId('language')]
  // Inflow: 20 from the municipality, 7 self, 4 from partners (the cell of 4).
  await times(12, () => referral({ source: 'municipality', status: 'admitted', participant: undefined }).catch(() => referral({ source: 'municipality', status: 'intake' })))
  await times(8, () => referral({ source: 'municipality', status: 'intake' }))
  await times(7, (i) => referral({ source: 'self', status: i < 5 ? 'refused' : 'received', refusalReason: noPlace, refusalNote: 'Vol.' }))
  await times(4, () => referral({ source: 'partner', status: 'refused', refusalReason: language, refusalNote: 'Nog geen Nederlands.' }))
  // Outside the period: not counted.
  await times(3, () => referral({ source: 'partner', receivedOn: '2024-12-31' }))
  // Outflow in the period: 6 to paid work (5 of them followed up as lasting), 4 to education.
  await times(5, () => participantWithExit({ date: '2025-03-01', type: 'paid-work' }, [{ date: '2025-09-01', type: 'follow-up', lasting: true }]))
  await participantWithExit({ date: '2025-03-01', type: 'paid-work' })
  await times(4, () => participantWithExit({ date: '2025-04-01', type: 'education' }))
  // Rungs: 10 people assessed before and in the period; five of them have the later assessment voided.
  rungCentre = (await payload.create({ collection: 'centres', data: { name: 'Rapportagecentrum', slug: 'rapportagecentrum' } as never, depth: 0 })).id
  await times(5, () => assessedParticipant())
  await times(5, () => assessedParticipant(true))
  // Same-day corrections, in a centre of their own: five people placed on 12 January, then assessed
  // twice on 1 June, the second time with more contacts.
  sameDayCentre = (await payload.create({ collection: 'centres', data: { name: 'Herbeoordelingscentrum', slug: 'herbeoordeling' } as never, depth: 0 })).id
  await times(5, async () => {
    const participant = await payload.create({ collection: 'participants', data: { centre: sameDayCentre } as never, depth: 0 })
    for (const [asOf, facts] of [['2026-01-12', {}], ['2026-06-01', {}], ['2026-06-01', { socialContactsPerWeek: 2 }]] as const) {
      await payload.create({ collection: 'assessments', data: { participant: participant.id, asOf, facts } as never, depth: 0, user: fixture.users.admin as never })
    }
  })
  sameDayReport = await loadCohortReport(payload, fixture.users.admin as never, { centre: sameDayCentre, ...rungPeriod })
  rungReport = await loadCohortReport(payload, fixture.users.admin as never, { centre: rungCentre, ...rungPeriod })
  report = await loadCohortReport(payload, fixture.users.policyViewer as never, { centre: fixture.centre.own, ...period })
})

afterAll(async () => {
  await cms?.stop()
})

describe('suppression of small counts', () => {
  it('hides the cell of 4 people', () => {
    expect(cell('inflow', 'partner')).toBeNull()
    expect(cell('refusals', 'language')).toBeNull()
    expect(cell('outflow', 'education')).toBeNull()
  })

  it('hides a second cell where a published total would give the first away', () => {
    expect(cell('inflow', 'total')).toBe(31)
    expect(cell('inflow', 'municipality')).toBe(20)
    // 31 − 20 = 11 = self + partner: neither can be worked out.
    expect(cell('inflow', 'self')).toBeNull()
    expect(cell('refusals', 'no-place')).toBeNull()
  })

  it('leaves no table with exactly one hidden cell', () => {
    for (const { id, rows, chart } of report.tables) {
      if (chart === 'matrix' || id === 'outflow' || id === 'returns' || id === 'time-per-rung' || id === 'goals-by-sector') continue
      const hidden = rows.filter((row) => row.key !== 'total').filter((row) => row.values[0] === null).length
      expect({ id, hidden: hidden === 1 }).toEqual({ id, hidden: false })
    }
  })

  it('shows what is large enough', () => {
    expect(cell('intake', 'refused')).toBe(9)
    expect(cell('outflow', 'paid-work')).toBe(6)
    expect(cell('follow-up', 'total')).toBe(6)
  })

  it('hides the follow-up of one person and, with it, the next smallest cell', () => {
    // 5 lasting, 0 returned, 1 not known yet: 6 − 0 − 5 would give the one away.
    expect([cell('follow-up', 'lasting'), cell('follow-up', 'returned'), cell('follow-up', 'unknown')]).toEqual([null, 0, null])
  })

  it('never suppresses zero', () => {
    expect(cell('outflow', 'volunteering')).toBe(0)
  })
})

describe('rung transitions from the assessments', () => {
  it('counts the placements on both dates and leaves voided assessments out', () => {
    const rungTable = (id: string): ReportTable => rungReport.tables.find((candidate) => candidate.id === id)!
    const transitions = rungTable('rung-transitions')
    const cellOf = (from: string, to: string): number | null =>
      transitions.rows.find((row) => row.key === from)!.values[transitions.columns.findIndex((column) => column.key === to)]!
    // Five moved up; the five whose later placement was voided stay where they were.
    expect([cellOf('geisoleerd', 'sociale-contacten'), cellOf('geisoleerd', 'geisoleerd')]).toEqual([5, 5])
    expect(rungTable('time-per-rung').rows.length).toBeGreaterThan(0)
  })

  it('takes the assessment recorded last when a person is assessed twice on one day', () => {
    const transitions = sameDayReport.tables.find((candidate) => candidate.id === 'rung-transitions')!
    const cellOf = (from: string, to: string): number | null =>
      transitions.rows.find((row) => row.key === from)!.values[transitions.columns.findIndex((column) => column.key === to)]!
    expect([cellOf('geisoleerd', 'sociale-contacten'), cellOf('geisoleerd', 'geisoleerd')]).toEqual([5, 0])
  })
})

describe('the CSV export', () => {
  it('is the dashboard\'s tables, line for line, in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const separator = locale === 'nl' ? ';' : ','
      const csv = [...reportCsvLines(report, locale)].join('').split('\r\n')
      const expected = [
        `${report.centre.name}${separator}${locale === 'nl' ? '01-01-2025 t/m 30-06-2025' : '01-01-2025 to 30-06-2025'}`,
        ...report.tables.flatMap((candidate) => ['', candidate.title[locale], ...tableRows(candidate, report, locale).map((row) => row.join(separator))]),
        '',
      ]
      expect(csv).toEqual(expected)
    }
  })

  it('streams over REST with the same bytes as the table', async () => {
    const api = await serveRestApi(payload.config, cms.databaseUrl)
    try {
      const login = await fetch(`${api.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: fixture.users.policyViewer.email, password: 'doorstart-demo' }),
      })
      const { token } = (await login.json()) as { token: string }
      const headers = { authorization: `JWT ${token}` }
      const query = `centre=${fixture.centre.own}&from=${period.from}&to=${period.to}`
      const json = await fetch(`${api.url}/api/reports/cohort?${query}`, { headers })
      expect(json.status).toBe(200)
      expect(((await json.json()) as CohortReport).tables).toEqual(report.tables)
      const csv = await fetch(`${api.url}/api/reports/cohort?${query}&format=csv`, { headers })
      expect(csv.headers.get('content-type')).toContain('text/csv')
      expect((await csv.text()).replace(/^\uFEFF/, '')).toBe([...reportCsvLines(report, 'nl')].join(''))
      const other = await fetch(`${api.url}/api/reports/cohort?centre=${fixture.centre.other}&from=${period.from}&to=${period.to}`, { headers })
      expect(other.status).toBe(403)
    } finally {
      await api.close()
    }
  })
})

describe('who sees the figures', () => {
  it('gives a centre admin the own centre and an admin any centre', async () => {
    await expect(loadCohortReport(payload, fixture.users.centreAdmin as never, { centre: fixture.centre.own, ...period })).resolves.toBeTruthy()
    await expect(loadCohortReport(payload, fixture.users.admin as never, { centre: fixture.centre.other, ...period })).resolves.toBeTruthy()
  })

  it('refuses coaches, supervisors and other centres', async () => {
    await expect(loadCohortReport(payload, fixture.users.coach as never, { centre: fixture.centre.own, ...period })).rejects.toMatchObject({ status: 403 })
    await expect(loadCohortReport(payload, fixture.users.supervisor as never, { centre: fixture.centre.own, ...period })).rejects.toMatchObject({ status: 403 })
    await expect(loadCohortReport(payload, fixture.users.centreAdmin as never, { centre: fixture.centre.other, ...period })).rejects.toMatchObject({ status: 403 })
  })

  it('carries no participant, code or note', async () => {
    const text = JSON.stringify(report)
    const { docs } = await payload.find({ collection: 'participants', depth: 0, limit: 0, pagination: false })
    for (const participant of docs) expect(text).not.toContain(String(participant.code))
    expect(text).not.toMatch(/participant"|Vol\.|Nederlands\./)
  })

  it('refuses a period that ends before it starts', async () => {
    await expect(loadCohortReport(payload, fixture.users.admin as never, { centre: fixture.centre.own, from: '2026-06-01', to: '2026-01-01' })).rejects.toMatchObject({ status: 400 })
  })
})
