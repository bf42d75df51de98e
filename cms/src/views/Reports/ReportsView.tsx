import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'
import { centreIdOf } from '../../access/centreIdOf'
import { hasRole } from '../../access/hasRole'
import type { CohortReport } from '../../reports/CohortReport'
import { canReadCohortReport, loadCohortReport } from '../../reports/loadCohortReport'
import { periodText } from '../../reports/reportCsv'
import { formatDay, parseDay } from '../../reports/reportDates'
import { ReportCharts } from './ReportCharts'

const TEXT = {
  title: { nl: 'Rapportages', en: 'Reports' },
  intro: {
    nl: 'Cijfers per centrum en periode, zonder persoonsgegevens. Aantallen van minder dan 5 personen zijn verborgen (<5), en ook een tweede cel waar een totaal ze zou verraden.',
    en: 'Figures per centre and period, without personal data. Counts of fewer than 5 people are hidden (<5), and so is a second cell where a total would give them away.',
  },
  centre: { nl: 'Centrum', en: 'Centre' },
  from: { nl: 'Van (dd-mm-jjjj)', en: 'From (dd-mm-yyyy)' },
  to: { nl: 'Tot en met (dd-mm-jjjj)', en: 'To (dd-mm-yyyy)' },
  placeholder: { nl: 'dd-mm-jjjj', en: 'dd-mm-yyyy' },
  ladder: { nl: 'Ladder', en: 'Ladder' },
  show: { nl: 'Tonen', en: 'Show' },
  csv: { nl: 'Download als CSV (precies deze tabellen)', en: 'Download as CSV (exactly these tables)' },
  forbidden: { nl: 'U hebt geen toegang tot de rapportages.', en: 'You have no access to the reports.' },
  invalid: {
    nl: 'Kies een geldige periode: twee datums als dd-mm-jjjj (bijvoorbeeld 01-01-2026), de eerste niet na de tweede.',
    en: 'Choose a valid period: two dates as dd-mm-yyyy (for example 01-01-2026), the first not after the second.',
  },
}

const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })
const param = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/**
 * The policy dashboard at /admin/rapportages: for policy viewers and centre admins their own
 * centre, for admins any. Reads through loadCohortReport with the signed-in user; holds no rules.
 */
export async function ReportsView({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { user, payload } = req
  const lang = req.i18n?.language === 'en' ? 'en' : 'nl'
  const template = (children: React.ReactNode): React.ReactElement => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{TEXT.title[lang]}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
  const own = centreIdOf(user)
  if (!user || !hasRole(user, 'admin', 'centre-admin', 'policy-viewer')) return template(<p>{TEXT.forbidden[lang]}</p>)
  const centres = hasRole(user, 'admin')
    ? (await payload.find({ collection: 'centres', depth: 0, limit: 0, pagination: false, sort: 'name', overrideAccess: true })).docs
    : (await payload.find({ collection: 'centres', where: { id: { equals: own } }, depth: 0, overrideAccess: true })).docs
  // Typed as dd-mm-jjjj (or YYYY-MM-DD); the default is the past year up to today.
  const typedTo = param(searchParams?.to)
  const typedFrom = param(searchParams?.from)
  const to = typedTo ? parseDay(typedTo) : today()
  const from = typedFrom ? parseDay(typedFrom) : to ? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}` : null
  const centre = param(searchParams?.centre) || String(own ?? centres[0]?.id ?? '')
  const centreId = /^\d+$/.test(centre) ? Number(centre) : centre
  if (!canReadCohortReport(user, centreId)) return template(<p>{TEXT.forbidden[lang]}</p>)
  let report: CohortReport | null = null
  if (from && to) {
    try {
      report = await loadCohortReport(payload, user, { centre: centreId, from, to, ladder: param(searchParams?.ladder) ?? null })
    } catch {
      report = null
    }
  }
  const query = new URLSearchParams({ centre: String(centreId), from: from ?? '', to: to ?? '', format: 'csv', locale: lang, ...(report?.ladder ? { ladder: report.ladder.id } : {}) })
  const dateField = (name: 'from' | 'to', iso: string | null, typed: string | undefined): React.ReactElement => (
    <label>
      {TEXT[name][lang]}
      <br />
      <input
        type="text"
        name={name}
        defaultValue={iso ? formatDay(iso) : (typed ?? '')}
        placeholder={TEXT.placeholder[lang]}
        inputMode="numeric"
        autoComplete="off"
        size={11}
        aria-invalid={iso ? undefined : true}
      />
    </label>
  )
  return template(
    <>
      <p style={{ maxWidth: '60rem' }}>{TEXT.intro[lang]}</p>
      <form method="get" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end', margin: '1rem 0 2rem' }}>
        <label>
          {TEXT.centre[lang]}
          <br />
          <select name="centre" defaultValue={String(centreId)}>
            {centres.map((option) => <option key={option.id} value={String(option.id)}>{String(option.name)}</option>)}
          </select>
        </label>
        {dateField('from', from, typedFrom)}
        {dateField('to', to, typedTo)}
        {report && report.ladders.length > 0 ? (
          <label>
            {TEXT.ladder[lang]}
            <br />
            <select name="ladder" defaultValue={report.ladder?.id}>
              {report.ladders.map((option) => <option key={option.id} value={option.id}>{option.title[lang]}</option>)}
            </select>
          </label>
        ) : null}
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>{TEXT.show[lang]}</button>
        {report ? <a href={`/api/reports/cohort?${query.toString()}`} data-csv-link download>{TEXT.csv[lang]}</a> : null}
      </form>
      {report ? (
        <>
          <h2 style={{ fontSize: '1.25rem', margin: '0 0 1.5rem' }}>
            {report.centre.name}, {periodText(report, lang)}
          </h2>
          <ReportCharts report={report} locale={lang} />
        </>
      ) : (
        <p role="alert">{TEXT.invalid[lang]}</p>
      )}
    </>,
  )
}
