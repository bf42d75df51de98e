// An assessment explained rung by rung in plain words. Unknown is "bewijs ontbreekt", never failed.
import React from 'react'
import type { CriterionExplanation, RungExplanation } from '../../coach/loadParticipantOverview'
import { coachText, pick, type Language } from '../../i18n/coachText'

/** A criterion's or rung's outcome; `labels` picks other words for the same three values (goals). */
export const OutcomeBadge: React.FC<{ outcome: string; language: Language; labels?: Record<string, string> }> = ({ outcome, language, labels }) => (
  <span className={`coach__outcome coach__outcome--${outcome}`} data-outcome={outcome}>
    {(labels ?? coachText(language).outcome)[outcome] ?? outcome}
  </span>
)

const OUTCOME_PREFIX = /^(voldaan|niet voldaan|onbekend|met|not met|unknown):\s*/i

/**
 * The engine's explanation without its leading outcome ("Onbekend: …"): the badge beside it says
 * that already.
 */
export const explanationText = (text: string): string => {
  const rest = text.replace(OUTCOME_PREFIX, '')
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

export const CriterionLine: React.FC<{ criterion: CriterionExplanation; language: Language }> = ({ criterion, language }) => {
  const t = coachText(language)
  const text = explanationText(pick(criterion.explanation, language))
  // The missing facts, unless the explanation names them already.
  const missing = criterion.outcome === 'unknown' ? criterion.missing.map((fact) => pick(fact.label, language)) : []
  const unnamed = missing.filter((label) => !text.toLowerCase().includes(label.toLowerCase()))
  return (
    <li>
      <OutcomeBadge outcome={criterion.outcome} language={language} /> <strong>{pick(criterion.title, language)}</strong>
      <div className="coach__muted">{text}</div>
      {unnamed.length > 0 ? (
        <div className="coach__muted">
          {t.missingEvidence} {unnamed.join(', ')}
        </div>
      ) : null}
    </li>
  )
}

export const AssessmentExplanation: React.FC<{ rungs: RungExplanation[]; language: Language }> = ({ rungs, language }) => (
  <div data-testid="assessment-explanation">
    {[...rungs].reverse().map((rung) => (
      <details key={rung.id} open={rung.outcome !== 'met' || rungs.length <= 3}>
        <summary>
          <OutcomeBadge outcome={rung.outcome} language={language} /> {pick(rung.title, language)}
        </summary>
        <ul className="coach__list" style={{ marginLeft: 16 }}>
          {rung.criteria.map((criterion) => (
            <CriterionLine key={criterion.id} criterion={criterion} language={language} />
          ))}
        </ul>
      </details>
    ))}
  </div>
)
