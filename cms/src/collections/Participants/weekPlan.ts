import { planWeekAgenda, type CentreActivity } from '@doorstart/ladder'
import { renderWorkAgenda } from '@doorstart/certificates'
import type { Endpoint } from 'payload'
import { hasRole } from '../../access/hasRole'
import { idOf } from '../../access/idOf'
import { CoachDataError } from '../../coach/CoachDataError'
import { usersById } from '../../coach/people'
import { isoWeekOf, mondayOfIsoWeek, todayInAmsterdam } from '../../dates/calendarDay'
import type { LearningGoal } from '../../payload-types'

const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const toTime = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * `GET /api/participants/:id/week-plan?week=YYYY-Www`: the participant's werkweekagenda as a PDF,
 * planned by `planWeekAgenda` from the centre's weekly activities and the participant's open
 * learning goals, printed by `renderWorkAgenda`. Read with the user's access (centre staff).
 */
export const weekPlanEndpoint: Endpoint = {
  path: '/:id/week-plan',
  method: 'get',
  handler: async (req) => {
    const language = req.i18n?.language === 'en' ? 'en' : 'nl'
    const { user } = req
    const notFound = new CoachDataError('participant-not-found', { nl: 'Deelnemer niet gevonden.', en: 'Participant not found.' }, 404, language)
    if (!user || !hasRole(user, 'admin', 'centre-admin', 'coach')) throw notFound
    const access = { req, user, overrideAccess: false, depth: 0 } as const
    const participant = await req.payload.findByID({ collection: 'participants', id: String(req.routeParams?.id), ...access }).catch(() => null)
    if (!participant) throw notFound
    const today = todayInAmsterdam()
    const week = typeof req.searchParams?.get('week') === 'string' && req.searchParams.get('week') ? String(req.searchParams.get('week')) : isoWeekOf(today)
    const monday = mondayOfIsoWeek(week)
    if (monday === null) {
      throw new CoachDataError('invalid-week', { nl: 'Week: schrijf de week als JJJJ-Www, bijvoorbeeld 2026-W49.', en: 'Week: write the week as YYYY-Www, e.g. 2026-W49.' }, 400, language)
    }
    const centreId = idOf(participant.centre)
    const centre = centreId === null ? null : await req.payload.findByID({ collection: 'centres', id: centreId, ...access }).catch(() => null)
    const { docs: activities } = await req.payload.find({ collection: 'activities', where: { centre: { equals: centreId } }, pagination: false, ...access })
    const goalIds = [
      ...(participant.learningGoals ?? []).map((row) => idOf(row.goal)),
      ...activities.flatMap((activity) => (activity.learningGoals ?? []).map((goal) => idOf(goal))),
    ].filter((id) => id !== null)
    const goals = goalIds.length
      ? (await req.payload.find({ collection: 'learning-goals', where: { id: { in: [...new Set(goalIds.map(String))] } }, pagination: false, ...access })).docs
      : []
    const goalById = new Map(goals.map((goal) => [String(goal.id), goal]))

    const centreActivities: CentreActivity[] = activities.flatMap((activity) => {
      const start = activity.startTime ?? ''
      const end = toMinutes(start) + Math.round((activity.hours ?? 0) * 60)
      if (!/^\d{2}:\d{2}$/.test(start) || end > 24 * 60 - 1 || !activity.weekday) return []
      const workplace = idOf(activity.workplace)
      return [{
        id: String(activity.id),
        title: { nl: activity.name?.nl || activity.name?.en || '', en: activity.name?.en || activity.name?.nl || '' },
        kind: activity.kind ?? 'other',
        ...(workplace !== null ? { workplace: String(workplace) } : {}),
        ...(activity.location ? { location: activity.location } : {}),
        weekday: activity.weekday,
        start,
        end: toTime(end),
        trains: (activity.learningGoals ?? []).map((goal) => goalById.get(String(idOf(goal)))?.goalId).filter((id): id is string => Boolean(id)),
        ...(activity.required ? { required: true } : {}),
      }]
    })
    const open = (participant.learningGoals ?? [])
      .filter((row) => (row.status ?? 'active') === 'active')
      .map((row) => goalById.get(String(idOf(row.goal))))
      .filter((goal): goal is LearningGoal => goal !== undefined)
    const workplace = idOf(participant.workplace)
    const agenda = planWeekAgenda({
      weekStartsOn: monday,
      hoursPerWeek: participant.hoursPerWeek ?? centre?.hoursPerWeek ?? 32,
      openGoals: open.map((goal) => goal.goalId),
      activities: centreActivities,
      ...(workplace !== null ? { workplace: String(workplace) } : {}),
      locale: language,
    })
    const coach = (await usersById(req.payload, user, [idOf(participant.coach)])).get(String(idOf(participant.coach)))
    const pdf = await renderWorkAgenda({
      locale: language,
      // The code once: as the name when the coach keeps none, else beside the name.
      participant: { name: participant.displayName || participant.code || '', ...(participant.code && participant.displayName ? { pseudonym: participant.code } : {}) },
      centre: { name: String(centre?.name ?? ''), ...(centre?.city ? { location: centre.city } : {}) },
      week: agenda.week,
      days: agenda.days.map((day) => ({
        date: day.date,
        activities: day.activities.map((item) => ({ start: item.start, end: item.end, title: item.title, kind: item.kind, ...(item.location ? { location: item.location } : {}) })),
      })),
      goals: open.slice(0, 5).map((goal) => ({ title: (language === 'en' ? goal.title?.en || goal.title?.nl : goal.title?.nl || goal.title?.en) || goal.goalId })),
      ...(coach ? { coach: { name: coach.name } } : {}),
      issuedOn: today,
    })
    return new Response(pdf as unknown as BodyInit, {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="werkweekagenda-${participant.code ?? participant.id}-${week}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
