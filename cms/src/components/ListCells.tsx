'use client'
// List cells that say things in words: "ja"/"nee" for a checkbox, "maandag" for day 1, the rung's
// title for its id, and what an empty relationship means ("ingebouwd", "alle werkplekken")
// instead of Payload's `Geen "Centrum"`.
import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'
import { emptyMeans, inLanguage, weekdayName, yesNo } from './listCellText'

export const YesNoCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  return <span>{yesNo(cellData, i18n.language)}</span>
}

export const WeekdayCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const { i18n } = useTranslation()
  return <span>{weekdayName(cellData, i18n.language) || String(cellData ?? '')}</span>
}

/** An assessment's rung by its title (`rungLabel`), never its id (`onbetaald-werk`). */
export const RungCell: React.FC<DefaultCellComponentProps> = ({ cellData, rowData }) => {
  const { i18n } = useTranslation()
  const label = inLanguage((rowData as { rungLabel?: unknown } | undefined)?.rungLabel, i18n.language)
  return <span>{label || String(cellData ?? '')}</span>
}

const whenEmpty =
  (kind: Parameters<typeof emptyMeans>[0]): React.FC<DefaultCellComponentProps> =>
  (props) => {
    const { i18n } = useTranslation()
    const empty = props.cellData === undefined || props.cellData === null || props.cellData === ''
    return empty ? <span>{emptyMeans(kind, i18n.language)}</span> : <DefaultCell {...props} />
  }

/** A ladder's or learning goal's centre: empty is a built-in one, for every centre. */
export const BuiltInWhenEmptyCell = whenEmpty('builtIn')

/** An activity's workplace: empty is every workplace (courses, the coach talk). */
export const EveryWorkplaceWhenEmptyCell = whenEmpty('everyWorkplace')
