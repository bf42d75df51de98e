// Dutch texts for the ladder library's validation issue codes. The library's own message (English)
// is used for English and for any code not listed here, so a new code never hides an issue.

const DUTCH: Record<string, string> = {
  'duplicate-rung-id': 'Deze trede-id komt al eerder voor in de ladder; kies een unieke id.',
  'duplicate-criterion-id': 'Deze criterium-id komt al eerder voor in de ladder; kies een unieke id.',
  'unknown-operator': 'Onbekende JSON Logic-operator in deze regel.',
  'invalid-rule': 'Deze regel is geen geldige JSON Logic.',
  'invalid-id': 'Gebruik kleine letters, cijfers en koppeltekens (kebab-case).',
  'not-kebab-case': 'Gebruik kleine letters, cijfers en koppeltekens (kebab-case).',
  'missing-title': 'Vul een titel in, in het Nederlands of het Engels.',
  'invalid-version': 'Ongeldige versie; gebruik bijvoorbeeld 2026.1.',
  'invalid-date': 'Ongeldige datum; gebruik JJJJ-MM-DD.',
  'no-rungs': 'Een ladder heeft minstens één trede.',
  required: 'Dit veld is verplicht.',
  'invalid-json': 'Dit is geen geldige JSON.',
}

/** The message for one validation issue in the admin's language. */
export const issueMessage = (issue: { code: string; message: string }, language: string): string => {
  if (language !== 'nl') return issue.message
  const dutch = DUTCH[issue.code]
  return dutch ? `${dutch} (${issue.code})` : `${issue.message} (${issue.code})`
}
