import type { Role } from '../../access/DoorstartUser'

/**
 * Which dashboard each role sees on /admin, by import-map path (a server component that gets the
 * dashboard's props). A role without an entry keeps Payload's own dashboard (the collection
 * tiles). Add a role's own view here, e.g. the policy viewers'.
 */
export const DASHBOARDS_BY_ROLE: Partial<Record<Role, string>> = {
  coach: 'worklist',
  'work-supervisor': 'observation',
  'policy-viewer': 'reports',
}
