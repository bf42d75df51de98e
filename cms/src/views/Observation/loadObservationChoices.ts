// What the observation form offers: the participants the user may see (a work supervisor: those
// at their own workplace) and each one's learning goals, read with the user's access.
import type { PayloadRequest } from 'payload'
import { idOf } from '../../access/idOf'
import { pick, type Language } from '../../i18n/coachText'
import type { Participant } from '../../payload-types'

export interface ObservationChoice {
  id: number | string
  label: string
  goals: { id: number | string; title: string }[]
}

export const loadObservationChoices = async (req: PayloadRequest, language: Language): Promise<ObservationChoice[]> => {
  const access = { req, user: req.user, overrideAccess: false } as const
  const participants = await req.payload.find({ collection: 'participants', depth: 0, limit: 200, sort: 'code', ...access })
  const goalIds = new Set<number | string>()
  const goalsOf = (participant: Pick<Participant, 'learningGoals'>): (number | string)[] =>
    (participant.learningGoals ?? [])
      .filter((entry) => (entry.status ?? 'active') === 'active')
      .map((entry) => idOf(entry.goal))
      .filter((id) => id !== null)
  for (const participant of participants.docs) for (const id of goalsOf(participant)) goalIds.add(id)
  const goals =
    goalIds.size === 0
      ? []
      : (await req.payload.find({ collection: 'learning-goals', where: { id: { in: [...goalIds] } }, depth: 0, limit: 500, ...access })).docs
  const titleOf = new Map(goals.map((goal) => [String(goal.id), pick(goal.title, language) || String(goal.goalId)]))
  return participants.docs.map((participant) => {
    const { displayName } = participant
    return {
      id: participant.id,
      label: displayName ? `${displayName} (${participant.code})` : String(participant.code),
      goals: goalsOf(participant)
        .filter((id) => titleOf.has(String(id)))
        .map((id) => ({ id, title: titleOf.get(String(id))! })),
    }
  })
}
