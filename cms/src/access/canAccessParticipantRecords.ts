import type { Access, AccessResult } from 'payload'
import { scopeForCentreStaff } from './scopeForCentreStaff'

/**
 * Records about a participant that only centre staff read (assessments, reviews): admins all,
 * centre admins their centre's, coaches their centre's or only their caseload's when the centre
 * says so (through the participant's coach). Work supervisors and policy viewers: none — ladder
 * placements and review notes are not work data (DOMAIN.md §5).
 */
export const canAccessParticipantRecords: Access = async ({ req }): Promise<AccessResult> =>
  (await scopeForCentreStaff(req, { coachPath: 'participant.coach' })) ?? false
