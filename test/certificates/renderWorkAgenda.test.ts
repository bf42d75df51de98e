import { describe, expect, it } from 'vitest'
import { planWeekAgenda } from '@doorstart/ladder'
import { CertificateInputError, renderWorkAgenda, type WorkAgendaInput } from '@doorstart/certificates'
import { withValue, workAgenda } from './support/fixtures.js'
import { inkPerPage, pdfInfo, pdfText } from './support/poppler.js'

const render = (input: unknown): Promise<Uint8Array> => renderWorkAgenda(input as WorkAgendaInput)

describe('renderWorkAgenda', () => {
  it('prints the participant, the week, every activity and the goals', async () => {
    const input = workAgenda()
    const text = await pdfText(await renderWorkAgenda(input))
    expect(text).toContain('Werkweekagenda – Week 10 (2026)')
    expect(text).toContain('2 maart 2026 – 8 maart 2026')
    for (const field of [input.participant.name, input.participant.pseudonym ?? '', input.centre.name, ...(input.goals ?? []).map((goal) => goal.title)]) {
      expect(text).toContain(field)
    }
    for (const day of input.days) {
      for (const activity of day.activities) {
        expect(text).toContain(`${activity.start}–${activity.end}`)
        for (const value of [activity.title, activity.location, activity.contact]) if (value) expect(text).toContain(value)
      }
    }
    expect(text).toContain('Vragen? Bel je werkcoach Fatima el Amrani: 010-1234567')
  })

  it('names each day and marks a day without activities as free', async () => {
    const text = await pdfText(await renderWorkAgenda(workAgenda()))
    for (const day of ['Maandag 2 maart', 'Dinsdag 3 maart', 'Woensdag 4 maart', 'Donderdag 5 maart', 'Vrijdag 6 maart']) expect(text).toContain(day)
    expect(text).toMatch(/Vrijdag 6 maart Vrij/)
  })

  it('prints in English with English labels', async () => {
    const text = await pdfText(await renderWorkAgenda({ ...workAgenda(), locale: 'en' }))
    expect(text).toContain('Work agenda – Week 10 (2026)')
    expect(text).toContain('Monday 2 March')
    expect(text).toContain('My goals this week')
    expect(text).toContain('Class')
    expect(text).toContain('Questions? Call your work coach Fatima el Amrani: 010-1234567')
  })

  it('continues on a second page when the week is full, without losing an activity', async () => {
    const full = Array.from({ length: 7 }, (_, d) => ({
      date: `2026-03-0${d + 2}`,
      activities: Array.from({ length: 6 }, (_, a) => ({ start: `${String(8 + a).padStart(2, '0')}:00`, end: `${String(8 + a).padStart(2, '0')}:45`, title: `Taak ${d}-${a}`, kind: 'work' })),
    }))
    const pdf = await render(withValue(workAgenda(), '/days', full))
    expect(Number((await pdfInfo(pdf)).Pages)).toBeGreaterThan(1)
    const text = await pdfText(pdf)
    for (let d = 0; d < 7; d++) for (let a = 0; a < 6; a++) expect(text).toContain(`Taak ${d}-${a}`)
    for (const share of await inkPerPage(pdf)) expect(share).toBeGreaterThan(0.005)
  })

  it('refuses an activity that ends before it starts', async () => {
    const error = await render(withValue(workAgenda(), '/days/0/activities/0/end', '08:00')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CertificateInputError)
    expect(error).toMatchObject({ code: 'ends-before-start', path: '/days/0/activities/0/end' })
  })

  it('refuses days outside the week or out of order', async () => {
    let input = withValue(workAgenda(), '/days/1/date', '2026-03-10')
    input = withValue(input, '/days/3/date', '2026-03-03')
    const error = await render(input).catch((caught: unknown) => caught)
    expect((error as CertificateInputError).issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '/days/1/date', code: 'day-outside-week' },
      { path: '/days/3/date', code: 'days-out-of-order' },
    ])
  })

  it('refuses a week that does not start on a Monday', async () => {
    const error = await render(withValue(workAgenda(), '/week/startsOn', '2026-03-03')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'week-not-monday', path: '/week/startsOn' })
  })

  it('prints a week planned by the agenda planner of @doorstart/ladder', async () => {
    const plan = planWeekAgenda({
      weekStartsOn: '2026-03-02',
      hoursPerWeek: 32,
      openGoals: ['kitchen-hygiene', 'dutch-at-work'],
      workplace: 'keuken',
      activities: [
        { id: 'keuken-ma', title: { nl: 'Keuken: lunch voorbereiden' }, kind: 'work', workplace: 'keuken', location: 'Huis van de Wijk', weekday: 1, start: '09:00', end: '13:00', trains: ['kitchen-hygiene'] },
        { id: 'taal-wo', title: { nl: 'Nederlandse les' }, kind: 'course', location: 'Bibliotheek Zuid', weekday: 3, start: '13:30', end: '15:30', trains: ['dutch-at-work'] },
        { id: 'coach-do', title: { nl: 'Gesprek met werkcoach' }, kind: 'coaching', weekday: 4, start: '10:00', end: '11:00', trains: [], required: true },
      ],
    })
    // The mapping a caller writes: the plan's days and items, without the planner's bookkeeping.
    const input: WorkAgendaInput = {
      locale: 'nl',
      participant: { name: 'Zoë Çelik-Ağaoğlu' },
      centre: { name: 'Leer Praktijk Centrum Zuid' },
      week: plan.week,
      days: plan.days.map((day) => ({
        date: day.date,
        activities: day.activities.map(({ start, end, title, kind, location }) => ({ start, end, title, kind, ...(location ? { location } : {}) })),
      })),
      issuedOn: '2026-02-27',
    }
    const text = await pdfText(await renderWorkAgenda(input))
    const planned = plan.days.flatMap((day) => day.activities)
    expect(planned.length).toBeGreaterThan(0)
    for (const item of planned) expect(text).toContain(`${item.start}–${item.end}`)
    for (const item of planned) expect(text).toContain(item.title)
    expect(text).toContain('Zondag 8 maart Vrij')
  })
})
