// The coach's day on the real embedded PostgreSQL, with the demo data: the worklist from the
// trajectory policies (reviews count), the participant page, the generated assessment form, the
// week-plan PDF, and the server's checks on observations and reviews.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hideBsnUnlessEnabled } from '../../cms/src/collections/Participants/guardBsn'
import { loadAssessmentForm, factsFromForm } from '../../cms/src/coach/assessmentForm'
import { findForUser, UnsupportedSelectionError } from '../../cms/src/coach/findForUser'
import { loadParticipantOverview } from '../../cms/src/coach/loadParticipantOverview'
import { loadWorklist } from '../../cms/src/coach/loadWorklist'
import { addDays, isoWeekOf, todayInAmsterdam } from '../../cms/src/dates/calendarDay'
import { DEMO_ACCOUNTS } from '../../cms/src/seed/seedDemoData'
import { serveRestApi } from '../support/cms/serveRestApi'
import { startTestCms, type TestCms } from '../support/cms/startTestCms'

let cms: TestCms
let payload: Payload
let api: { url: string; close: () => Promise<void> }
const users: Record<string, Record<string, unknown>> = {}
const today = todayInAmsterdam()

const userByEmail = async (email: string): Promise<Record<string, unknown>> => ({
  ...(await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]!,
  collection: 'users',
})

beforeAll(async () => {
  cms = await startTestCms({ seed: true })
  payload = cms.payload
  users.coach = await userByEmail(DEMO_ACCOUNTS.coachRotterdam)
  users.supervisor = await userByEmail(DEMO_ACCOUNTS.supervisorRotterdam)
  users.otherCoach = await userByEmail(DEMO_ACCOUNTS.coachApeldoorn)
  users.verbindingskamer = await userByEmail(DEMO_ACCOUNTS.coachVerbindingskamer)
  const { default: config } = await import('../../cms/src/payload.config')
  api = await serveRestApi(config, cms.databaseUrl)
})

afterAll(async () => {
  await api?.close()
  await cms?.stop()
})

const as = (who: string) => ({ user: users[who] as never, overrideAccess: false })

describe('loadWorklist', () => {
  it("lists the coach's late reviews, missing learning goals and assessments, each with its action", async () => {
    const worklist = await loadWorklist(payload, users.coach as never, { today })
    expect(worklist.scope).toBe('caseload')
    expect(worklist.participantCount).toBe(5)
    expect(worklist.sections['reviews-late'].length).toBeGreaterThan(0)
    expect(worklist.sections['learning-goals-missing'].length).toBeGreaterThan(0)
    for (const item of worklist.items) {
      expect(item.action.participantId).toBe(item.participant.id)
      expect(item.message.nl).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    }
  })

  it('counts a recorded review for the trajectory (the policy reads reviews)', async () => {
    const before = await loadWorklist(payload, users.coach as never, { today })
    const late = before.sections['reviews-late'][0]!
    const lateForTrajectory = (list: typeof before) =>
      list.sections['reviews-late'].filter((item) => item.trajectory?.id === late.trajectory?.id).length
    await payload.create({
      collection: 'reviews',
      data: { trajectory: late.trajectory!.id, decision: 'continue', reviewedOn: late.dueOn } as never,
      ...as('coach'),
    })
    const after = await loadWorklist(payload, users.coach as never, { today })
    expect(lateForTrajectory(after)).toBe(lateForTrajectory(before) - 1)
  })

  it("shows De Verbindingskamer's coach only their own caseload", async () => {
    const worklist = await loadWorklist(payload, users.verbindingskamer as never, { today })
    expect(worklist.participantCount).toBe(4)
    expect(worklist.sections['trajectories-ending'].length).toBe(1)
  })

  it('gives a work supervisor an empty worklist', async () => {
    expect((await loadWorklist(payload, users.supervisor as never, { today })).items).toEqual([])
  })
})

describe('findForUser', () => {
  const select = { code: true, displayName: true, learningGoals: true, centre: true } as const
  const byId = (docs: readonly Record<string, unknown>[]) => [...docs].sort((a, b) => Number(a.id) - Number(b.id))
  const requestOf = (who: string) => createLocalReq({ user: users[who] as never }, payload)

  it.each(['coach', 'verbindingskamer', 'otherCoach', 'supervisor'])('reads the participants payload.find gives the %s', async (who) => {
    const { docs } = await payload.find({ collection: 'participants', select, pagination: false, depth: 0, ...as(who) })
    // hideBsnUnlessEnabled adds whether the centre records BSNs; it touches nothing selected.
    const expected = (docs as Record<string, unknown>[]).map(({ bsnEnabled: _flag, ...rest }) => rest)
    const read = await findForUser(await requestOf(who), { collection: 'participants', select, afterReadNotTouching: [hideBsnUnlessEnabled] })
    expect(byId(read)).toEqual(byId(expected))
  })

  it("leaves out a field the user may not read (the supervisor and the coach's name for a participant)", async () => {
    const read = await findForUser(await requestOf('supervisor'), { collection: 'participants', select, afterReadNotTouching: [hideBsnUnlessEnabled] })
    expect(read.length).toBeGreaterThan(0)
    for (const doc of read) expect(doc).not.toHaveProperty('displayName')
  })

  it('refuses a collection whose afterRead hooks it was not told about', async () => {
    await expect(findForUser(await requestOf('coach'), { collection: 'participants', select: { code: true } })).rejects.toBeInstanceOf(UnsupportedSelectionError)
  })

  it('refuses a field with afterRead hooks', async () => {
    await expect(findForUser(await requestOf('coach'), { collection: 'assessments', select: { ladderId: true } })).rejects.toBeInstanceOf(UnsupportedSelectionError)
  })
})

describe('loadParticipantOverview', () => {
  const first = async (): Promise<string | number> => {
    const worklist = await loadWorklist(payload, users.coach as never, { today })
    const withGoals = worklist.items.find((item) => item.section !== 'learning-goals-missing')!
    return withGoals.participant.id
  }

  it('explains the latest assessment, the history, the goals from observations and the trajectory', async () => {
    const overview = await loadParticipantOverview(payload, users.coach as never, await first(), { today })
    expect(overview.current?.rung).toBeTruthy()
    expect(overview.latestAssessment?.rungs.length).toBe(6)
    expect(overview.history.length).toBeGreaterThanOrEqual(1)
    expect(overview.ladderRungs.map((rung) => rung.level)).toEqual([1, 2, 3, 4, 5, 6])
    expect(overview.observations.length).toBeGreaterThan(0)
    for (const goal of overview.learningGoals) expect(['met', 'not-met', 'unknown']).toContain(goal.outcome)
    expect(overview.trajectory?.phase).toBeTruthy()
    expect(overview.trajectory?.policy).toBe('lpc-rotterdam')
    expect(overview.can).toMatchObject({ assess: true, void: false })
  })

  it("is not found for another centre's coach", async () => {
    await expect(loadParticipantOverview(payload, users.otherCoach as never, await first(), { today })).rejects.toMatchObject({ status: 404 })
  })

  it('shows the demo goals marked achieved with the evidence their requirement asks for', async () => {
    const { docs } = await payload.find({ collection: 'participants', where: { 'learningGoals.status': { equals: 'achieved' } }, depth: 0, limit: 100, ...as('coach') })
    expect(docs.length).toBeGreaterThan(0)
    const achieved = []
    for (const participant of docs) {
      const overview = await loadParticipantOverview(payload, users.coach as never, participant.id, { today })
      achieved.push(...overview.learningGoals.filter((goal) => goal.status === 'achieved').map((goal) => goal.outcome))
    }
    // The engine judges the goal from the observations; the demo's achieved goals are backed by
    // them (one that started too recently for the 28-day spread may still show "nog niet").
    expect(achieved.length).toBeGreaterThan(0)
    expect(achieved.filter((outcome) => outcome === 'met').length).toBeGreaterThan(achieved.length / 2)
  })
})

describe('loadAssessmentForm', () => {
  it("generates the fields from the facts the ladder's rules read, with Dutch labels and types", async () => {
    const participant = (await payload.find({ collection: 'participants', ...as('coach'), limit: 1 })).docs[0]!.id
    const form = await loadAssessmentForm(payload, users.coach as never, { participantId: participant, asOf: today })
    expect(form.ladder).toMatchObject({ ladderId: 'participatieladder', isDefault: true })
    const byName = Object.fromEntries(form.fields.map((field) => [field.name, field]))
    expect(byName.socialContactsPerWeek).toMatchObject({ type: 'number', integer: true, min: 0, label: { nl: 'sociale contacten buiten de deur per week' } })
    expect(byName['paidWork.support']).toMatchObject({ type: 'choice', multiple: true })
    expect(byName['unpaidWork.workExperiencePlace']).toMatchObject({ type: 'boolean' })
    expect(form.growthPotentialOptions).toHaveLength(6)
    expect(form.previous).not.toBeNull()
  })

  it('leaves empty fields out of the facts: empty is unknown, never "no"', () => {
    expect(factsFromForm({ 'paidWork.hoursPerWeek': 24, 'paidWork.support': [], socialContactsPerWeek: '', 'unpaidWork.withResponsibility': false })).toEqual({
      paidWork: { hoursPerWeek: 24, support: [] },
      unpaidWork: { withResponsibility: false },
    })
  })
})

describe('GET /api/participants/:id/week-plan', () => {
  let token = ''
  beforeAll(async () => {
    const response = await fetch(`${api.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.coachRotterdam, password: 'doorstart-demo' }),
    })
    token = ((await response.json()) as { token: string }).token
  })

  it('returns the werkweekagenda PDF planned from the centre’s activities', async () => {
    const kitchen = (await payload.find({ collection: 'workplaces', where: { name: { equals: 'Keuken Huis van de Wijk' } } })).docs[0]!.id
    const participant = (await payload.find({ collection: 'participants', where: { workplace: { equals: kitchen } }, limit: 1 })).docs[0]!
    const week = isoWeekOf(today)
    const response = await fetch(`${api.url}/api/participants/${participant.id}/week-plan?week=${week}`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'week-plan-')), 'plan.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-']).toString()
    expect(text).toContain('Werken in de keuken')
    expect(text).toContain('Gesprek met de werkcoach')
    expect(text).toContain(String(participant.code))
  })

  it('refuses a week that does not exist', async () => {
    const participant = (await payload.find({ collection: 'participants', ...as('coach'), limit: 1 })).docs[0]!.id
    const response = await fetch(`${api.url}/api/participants/${participant}/week-plan?week=2026-W60`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(400)
  })
})

describe('observations', () => {
  it('are recorded by a supervisor only for participants at their own workplace', async () => {
    const garden = (await payload.find({ collection: 'workplaces', where: { name: { equals: 'Stadstuin' } } })).docs[0]!.id
    const elsewhere = (await payload.find({ collection: 'participants', where: { workplace: { equals: garden } }, limit: 1 })).docs[0]!.id
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } } })).docs[0]!.id
    const before = (await payload.count({ collection: 'observations' })).totalDocs
    await expect(
      payload.create({ collection: 'observations', data: { participant: elsewhere, learningGoal: goal, level: 3, observedOn: today } as never, ...as('supervisor') }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'observations' })).totalDocs).toBe(before)
  })

  it("hide a coach's note from the supervisor", async () => {
    const { docs } = await payload.find({ collection: 'observations', where: { observerRole: { equals: 'coach' } }, limit: 1 })
    const kitchen = (await payload.find({ collection: 'workplaces', where: { name: { equals: 'Keuken Huis van de Wijk' } } })).docs[0]!.id
    const participant = (await payload.find({ collection: 'participants', where: { workplace: { equals: kitchen } }, limit: 1 })).docs[0]!.id
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } } })).docs[0]!.id
    const byCoach = await payload.create({ collection: 'observations', data: { participant, learningGoal: goal, positive: true, note: 'Notitie van de coach', observedOn: today } as never, ...as('coach') })
    void docs
    const read = await payload.findByID({ collection: 'observations', id: byCoach.id, ...as('supervisor') })
    expect(read.note).toBeUndefined()
    expect(read.observerRole).toBe('coach')
  })
})

describe('reviews', () => {
  it.each([
    ['before the start', '2020-01-01', /^Datum: mag niet voor de start van het traject liggen \(\d{2}-\d{2}-\d{4}\)\.$/],
    ['in the future', addDays(today, 2), /^Datum: mag niet in de toekomst liggen\.$/],
  ])('refuses a date %s, in Dutch', async (_when, reviewedOn, message) => {
    const trajectory = (await payload.find({ collection: 'trajectories', ...as('coach'), limit: 1 })).docs[0]!.id
    const error = await payload
      .create({ collection: 'reviews', data: { trajectory, decision: 'adjust', reviewedOn } as never, ...as('coach') })
      .catch((caught: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error).toMatchObject({ status: 400 })
    expect((error as { data: { errors: { path: string; message: string }[] } }).data.errors).toContainEqual(
      expect.objectContaining({ path: 'reviewedOn', message: expect.stringMatching(message) }),
    )
    // The admin's notice says which field and why in words, never the field's name in the code.
    expect((error as Error).message).toMatch(/^Het volgende veld is ongeldig: Datum: /)
    expect((error as Error).message).not.toContain('reviewedOn')
  })

  it('asks for a trajectory when none is chosen, instead of refusing the coach', async () => {
    const error = await payload
      .create({ collection: 'reviews', data: { decision: 'adjust', reviewedOn: today } as never, ...as('coach') })
      .catch((caught: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error).toMatchObject({ status: 400 })
    expect((error as { data: { errors: { path: string; message: string }[] } }).data.errors).toContainEqual(
      expect.objectContaining({ path: 'trajectory', message: 'Traject: kies een traject.' }),
    )
  })
})

describe('an observation without a participant', () => {
  it('asks for the participant instead of answering "U mag deze actie niet uitvoeren"', async () => {
    const goal = (await payload.find({ collection: 'learning-goals', where: { goalId: { equals: 'punctuality' } } })).docs[0]!.id
    const error = await payload
      .create({ collection: 'observations', data: { learningGoal: goal, level: 3, observedOn: today } as never, ...as('supervisor') })
      .catch((caught: { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error).toMatchObject({ status: 400 })
    expect((error as Error).message).toBe('Het volgende veld is ongeldig: Deelnemer: kies een deelnemer.')
  })
})
