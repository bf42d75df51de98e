// /admin/observatie: the observation form in the admin's frame (navigation included).
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { SupervisorHome } from './SupervisorHome'

export const ObservationView = (props: AdminViewServerProps): React.JSX.Element => {
  const { initPageResult, params, searchParams } = props
  return (
    <DefaultTemplate
      i18n={initPageResult.req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={initPageResult.req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={initPageResult.req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <SupervisorHome {...props} />
    </DefaultTemplate>
  )
}
