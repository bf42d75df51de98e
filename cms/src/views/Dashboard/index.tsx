// The admin's home page, routed by role: coaches get their worklist, work supervisors the
// observation form, policy viewers the reports, everyone else Payload's collection tiles.
import { DefaultDashboard, type DashboardViewServerProps } from '@payloadcms/next/views'
import React from 'react'
import { asDoorstartUser } from '../../access/DoorstartUser'
import { SupervisorHome } from '../Observation/SupervisorHome'
import { ReportsRedirect } from '../Reports/ReportsRedirect'
import { WorklistView } from '../Worklist/WorklistView'
import { DASHBOARDS_BY_ROLE } from './dashboardsByRole'

const DASHBOARDS: Record<string, React.FC<DashboardViewServerProps>> = {
  worklist: WorklistView,
  observation: SupervisorHome,
  reports: ReportsRedirect,
}

export const Dashboard: React.FC<DashboardViewServerProps> = (props) => {
  const role = asDoorstartUser(props.user)?.role
  const name = role ? DASHBOARDS_BY_ROLE[role] : undefined
  const View = name ? DASHBOARDS[name] : undefined
  return View ? <View {...props} /> : <DefaultDashboard {...props} />
}
