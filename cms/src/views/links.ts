// Where the coach's buttons go. Every row and button links straight to its action.
import type { WorklistAction } from '../coach/loadWorklist'
import type { Id } from '../coach/types'

export interface Routes {
  admin: string
  api: string
}

export const routesOf = (config: { routes: { admin: string; api: string } }): Routes => ({
  admin: config.routes.admin,
  api: config.routes.api,
})

export const links = (routes: Routes) => ({
  overview: (participant: Id) => `${routes.admin}/collections/participants/${participant}/overzicht`,
  details: (participant: Id) => `${routes.admin}/collections/participants/${participant}`,
  newAssessment: (participant: Id, ladder?: Id) =>
    `${routes.admin}/collections/participants/${participant}/nieuwe-meting${ladder !== undefined ? `?ladder=${ladder}` : ''}`,
  recordReview: (participant: Id, trajectory?: Id | null) =>
    `${routes.admin}/collections/participants/${participant}/evaluatie${trajectory != null ? `?traject=${trajectory}` : ''}`,
  trajectory: (trajectory: Id) => `${routes.admin}/collections/trajectories/${trajectory}`,
  weekPlan: (participant: Id, week: string) => `${routes.api}/participants/${participant}/week-plan?week=${week}`,
  observation: (participant?: Id) => `${routes.admin}/observatie${participant !== undefined ? `?deelnemer=${participant}` : ''}`,
  participants: () => `${routes.admin}/collections/participants`,
})

/** The address a worklist row's button opens. */
export const actionHref = (routes: Routes, action: WorklistAction): string => {
  const to = links(routes)
  switch (action.kind) {
    case 'record-review':
      return to.recordReview(action.participantId, action.trajectoryId)
    case 'new-assessment':
      return to.newAssessment(action.participantId)
    case 'set-learning-goals':
      return to.details(action.participantId)
    case 'record-trial-decision':
    case 'record-exit':
    case 'record-follow-up':
      return action.trajectoryId != null ? to.trajectory(action.trajectoryId) : to.overview(action.participantId)
  }
}
