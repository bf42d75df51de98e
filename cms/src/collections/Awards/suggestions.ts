// What a coach can base a certificate on: the participant's learning goals marked achieved and the
// rungs their (not voided) assessments reached. Read with the user's own access: a participant,
// goal or assessment they may not see gives no suggestion. Only achievements go on paper: a rung's
// title and description, never the criteria (they can touch debts or health) or a score.
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { idOf } from '../../access/idOf'

type Text = { nl?: string | null; en?: string | null } | null | undefined

export interface AwardSuggestion {
  source: 'learning-goal' | 'rung'
  /** The day it was met or reached (YYYY-MM-DD), when known. */
  on: string | null
  /** The learning goal to link the award to (source `learning-goal`). */
  learningGoal?: number | string
  title: string
  description?: string
  competences: string[]
  /** A rung placed while evidence was still missing: the coach checks before proposing. */
  provisional?: boolean
}

const pick = (text: Text, locale: 'nl' | 'en'): string => (text?.[locale] || text?.nl || text?.en || '').trim()
const day = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null)

export const loadAwardSuggestions = async (
  payload: Payload,
  req: PayloadRequest,
  participantId: number | string,
  locale: 'nl' | 'en' = 'nl',
): Promise<AwardSuggestion[] | null> => {
  const as = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const participant = await payload.findByID({ collection: 'participants', id: participantId, ...as }).catch(() => null)
  if (!participant) return null
  const suggestions: AwardSuggestion[] = []
  const achieved = (participant.learningGoals ?? []).filter((row) => row.status === 'achieved' && idOf(row.goal) !== null)
  for (const row of achieved) {
    const goal = await payload.findByID({ collection: 'learning-goals', id: idOf(row.goal)!, ...as }).catch(() => null)
    if (!goal) continue
    const title = pick(goal.title, locale)
    if (!title) continue
    const description = pick(goal.description, locale)
    // The goal's description is what was shown: a competence (printed once, not again as the description).
    suggestions.push({ source: 'learning-goal', on: day(row.achievedOn), learningGoal: goal.id, title, competences: [description || title] })
  }
  const assessments = await payload.find({
    collection: 'assessments',
    where: { and: [{ participant: { equals: participantId } }, { voided: { not_equals: true } }, { rung: { exists: true } }] },
    sort: '-asOf',
    limit: 20,
    ...as,
  })
  const seen = new Set<string>()
  for (const assessment of assessments.docs) {
    if (!assessment.rung) continue
    const ladderId = idOf(assessment.ladder)
    const key = `${String(ladderId)}:${assessment.rung}`
    if (seen.has(key)) continue
    seen.add(key)
    const ladder = ladderId === null ? null : await payload.findByID({ collection: 'ladders', id: ladderId, ...as }).catch(() => null)
    const rung = ladder?.rungs?.find((candidate) => candidate.rungId === assessment.rung)
    const title = pick(rung?.title, locale) || pick(assessment.rungLabel, locale)
    if (!title) continue
    const description = pick(rung?.description, locale)
    const ladderTitle = pick(ladder?.title, locale)
    const reached = locale === 'en' ? `Reached the rung “${title}”${ladderTitle ? ` of the ${ladderTitle}` : ''}.` : `Heeft de trede ‘${title}’${ladderTitle ? ` van de ${ladderTitle}` : ''} bereikt.`
    suggestions.push({ source: 'rung', on: day(assessment.asOf), title, ...(description ? { description } : {}), competences: [reached], ...(assessment.provisional ? { provisional: true } : {}) })
  }
  return suggestions
}

/** `GET /api/awards/suggestions?participant=<id>&locale=nl`: the prefills for a proposal. */
export const awardSuggestionsEndpoint: Endpoint = {
  path: '/suggestions',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (!req.user) return Response.json({ errors: [{ message: 'Log in' }] }, { status: 401, headers })
    const participant = new URL(req.url ?? '', 'http://localhost').searchParams.get('participant')
    const locale = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale') === 'en' ? 'en' : 'nl'
    if (!participant || !/^\d+$/.test(participant)) return Response.json({ errors: [{ message: 'participant' }] }, { status: 400, headers })
    const suggestions = await loadAwardSuggestions(req.payload, req, participant, locale)
    if (!suggestions) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404, headers })
    return Response.json({ suggestions }, { headers })
  },
}
