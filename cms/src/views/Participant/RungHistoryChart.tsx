'use client'
// The rung history as a chart (measured rung and growth potential over time), drawn with
// recharts. The same figures are always in the table beside it, for screen readers and print.
import React from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export interface ChartPoint {
  date: string
  measured: number | null
  growth: number | null
}

export const RungHistoryChart: React.FC<{
  points: ChartPoint[]
  rungLabels: Record<number, string>
  measuredLabel: string
  growthLabel: string
}> = ({ points, rungLabels, measuredLabel, growthLabel }) => {
  const levels = Object.keys(rungLabels).map(Number)
  const top = Math.max(1, ...levels)
  return (
    <div className="coach__chart" data-testid="rung-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 30, right: 24, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis
            domain={[0, top]}
            ticks={[0, ...levels]}
            width={170}
            tickFormatter={(level: number) => rungLabels[level] ?? ''}
            allowDecimals={false}
          />
          <Tooltip formatter={(value: unknown) => (typeof value === 'number' ? (rungLabels[value] ?? String(value)) : String(value))} />
          <Legend />
          <Line type="stepAfter" dataKey="measured" name={measuredLabel} stroke="#1f5fbf" strokeWidth={3} connectNulls isAnimationActive={false} />
          <Line type="stepAfter" dataKey="growth" name={growthLabel} stroke="#2e8540" strokeDasharray="6 4" strokeWidth={2} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
