'use client'
// Draws each table of the policy report as a chart (recharts) with the same table under it. The
// cells come from tableRows, which the CSV export uses too: what is shown is what is exported.
import React from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CohortReport, ReportTable } from '../../reports/CohortReport'
import { formatValue, tableRows, type ReportLocale } from '../../reports/reportCsv'

const COLOURS = ['#1f5f8b', '#e07a1f', '#3c8d4a', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#d4ac0d', '#2c3e50']

// A hidden cell has no bar; its label says `<5`, as in the table, so it never reads as zero.
const BarTable = ({ table, report, locale }: { table: ReportTable; report: CohortReport; locale: ReportLocale }): React.ReactElement => {
  const data = table.rows
    .filter((row) => row.key !== 'total')
    .map((row) => {
      const shown = formatValue(row.values[0] ?? null, report, locale)
      return { name: row.values[0] === null ? `${row.label[locale]} (${shown})` : row.label[locale], value: row.values[0] ?? 0, shown }
    })
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 34 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={260} />
        <Tooltip formatter={(_value, _name, item) => (item as { payload?: { shown?: string } }).payload?.shown ?? ''} />
        <Bar dataKey="value" name={table.columns[0]?.label[locale]} fill={COLOURS[0]} isAnimationActive={false}>
          <LabelList dataKey="shown" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

const MatrixChart = ({ table, locale }: { table: ReportTable; report: CohortReport; locale: ReportLocale }): React.ReactElement => {
  const data = table.rows.map((row) => ({ name: row.label[locale], ...Object.fromEntries(table.columns.map((column, i) => [column.key, row.values[i] ?? undefined])) }))
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 34 * data.length + 80)}>
      <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={260} />
        <Tooltip />
        <Legend />
        {table.columns.map((column, i) => (
          <Bar key={column.key} dataKey={column.key} name={column.label[locale]} stackId="to" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

const NO_DATA = { nl: 'Geen gegevens in deze periode.', en: 'No data in this period.' }
const ALL_HIDDEN = { nl: 'Alle aantallen zijn kleiner dan 5 en verborgen: zie de tabel.', en: 'Every count is below 5 and hidden: see the table.' }

/** A chart of nothing but zeros (or hidden cells) says nothing: then the table alone, with a line saying so. */
const emptyText = (table: ReportTable, locale: ReportLocale): string | null => {
  const values = table.rows.filter((row) => row.key !== 'total').flatMap((row) => row.values)
  if (values.some((value) => value !== null && value !== 0)) return null
  return (values.some((value) => value === null) ? ALL_HIDDEN : NO_DATA)[locale]
}

export const ReportCharts = ({ report, locale }: { report: CohortReport; locale: ReportLocale }): React.ReactElement => (
  <div className="doorstart-report">
    {report.tables.map((table) => {
      const [header, ...rows] = tableRows(table, report, locale)
      return (
        <section key={table.id} data-table={table.id} style={{ marginBottom: '2.5rem' }}>
          <h3>{table.title[locale]}</h3>
          {table.chart !== 'none' && emptyText(table, locale) ? (
            <p data-no-data style={{ color: 'var(--theme-elevation-600)' }}>{emptyText(table, locale)}</p>
          ) : table.chart === 'matrix' ? <MatrixChart table={table} report={report} locale={locale} /> : table.chart === 'bar' ? <BarTable table={table} report={report} locale={locale} /> : null}
          <table className="doorstart-report__table" style={{ borderCollapse: 'collapse', marginTop: '0.75rem' }}>
            <thead>
              <tr>{header!.map((cell, i) => <th key={i} style={{ textAlign: i ? 'right' : 'left', padding: '4px 10px', borderBottom: '1px solid var(--theme-elevation-150)' }}>{cell}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>{row.map((cell, i) => <td key={i} style={{ textAlign: i ? 'right' : 'left', padding: '4px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }}>{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
          {table.note ? <p style={{ color: 'var(--theme-elevation-600)', marginTop: '0.5rem' }}>{table.note[locale]}</p> : null}
        </section>
      )
    })}
  </div>
)
