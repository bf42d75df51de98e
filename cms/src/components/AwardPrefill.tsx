'use client'
// Prefills a new proposal from what the participant met: a learning goal marked achieved or a rung
// an assessment reached. The coach picks one; the title, description and competences are filled
// in (and stay editable). Only on a proposal that has not been saved yet.
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import type { AwardSuggestion as Suggestion } from '../collections/Awards/suggestions'

const TEXT = {
  nl: { heading: 'Invullen vanuit wat de deelnemer behaalde', goal: 'Leerdoel behaald', rung: 'Trede bereikt', on: 'op', none: 'Nog geen behaald leerdoel of bereikte trede: vul het certificaat zelf in.', use: 'Gebruiken', provisional: 'voorlopig: bewijs ontbrak' },
  en: { heading: 'Fill in from what the participant achieved', goal: 'Learning goal achieved', rung: 'Rung reached', on: 'on', none: 'No learning goal achieved or rung reached yet: fill in the certificate yourself.', use: 'Use', provisional: 'provisional: evidence was missing' },
}

const dutchDay = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

export const AwardPrefill: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nl
  const participant = useFormFields(([fields]) => fields.participant?.value as number | string | null | undefined)
  const locale = useFormFields(([fields]) => fields.locale?.value as string | undefined)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)
  const [used, setUsed] = useState<number | null>(null)

  useEffect(() => {
    setSuggestions(null)
    setUsed(null)
    if (id || participant === null || participant === undefined || participant === '') return
    let current = true
    void fetch(`/api/awards/suggestions?participant=${encodeURIComponent(String(participant))}&locale=${locale === 'en' ? 'en' : 'nl'}`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as { suggestions: Suggestion[] }).suggestions : []))
      .catch(() => [])
      .then((found) => current && setSuggestions(found))
    return () => {
      current = false
    }
  }, [id, participant, locale])

  if (id || suggestions === null) return null

  const use = (index: number): void => {
    const suggestion = suggestions[index]!
    dispatch({ type: 'UPDATE', path: 'achievement.title', value: suggestion.title })
    dispatch({ type: 'UPDATE', path: 'achievement.description', value: suggestion.description ?? '' })
    dispatch({ type: 'UPDATE', path: 'achievement.competences', value: suggestion.competences })
    dispatch({ type: 'UPDATE', path: 'learningGoal', value: suggestion.learningGoal ?? null })
    setUsed(index)
  }

  return (
    <div data-testid="award-prefill" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h4 style={{ marginTop: 0 }}>{t.heading}</h4>
      {suggestions.length === 0 && <p style={{ margin: 0 }}>{t.none}</p>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        {suggestions.map((suggestion, index) => (
          <li key={`${suggestion.source}-${index}`} style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
            <span>
              <strong>{suggestion.source === 'rung' ? t.rung : t.goal}</strong>: {suggestion.title}
              {suggestion.on ? ` (${t.on} ${dutchDay(suggestion.on)}${suggestion.provisional ? `, ${t.provisional}` : ''})` : ''}
            </span>
            <Button buttonStyle={used === index ? 'primary' : 'secondary'} size="small" margin={false} onClick={() => use(index)} extraButtonProps={{ 'data-testid': 'award-prefill-use' }}>
              {t.use}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
