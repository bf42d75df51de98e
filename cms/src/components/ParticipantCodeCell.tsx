'use client'
// In the participants list, the code opens the participant's page (the overview), where the
// coach's next actions are; the details form is one tab further.
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

export const ParticipantCodeCell: React.FC<DefaultCellComponentProps> = ({ cellData, rowData }) => {
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  const id = (rowData as { id?: number | string } | undefined)?.id
  const code = typeof cellData === 'string' && cellData ? cellData : String(id ?? '')
  return id === undefined ? <span>{code}</span> : <Link href={`${admin}/collections/participants/${id}/overzicht`}>{code}</Link>
}
