// Dutch texts for the ladder library's validation issue codes (`findLadderIssues`). English uses
// the library's own message; a code missing here falls back to it, so no issue is ever hidden.

const DUTCH: Record<string, string> = {
  'missing-field': 'Dit veld is verplicht.',
  'unknown-field': 'Onbekend veld; controleer de spelling.',
  'invalid-type': 'Verkeerd soort waarde voor dit veld.',
  'invalid-id': 'Gebruik kleine letters, cijfers en koppeltekens (kebab-case), bijvoorbeeld "betaald-werk".',
  'invalid-version': 'Ongeldige versie; gebruik bijvoorbeeld 2026.1.',
  'invalid-date': 'Deze datum bestaat niet; gebruik JJJJ-MM-DD.',
  'invalid-localized-text': 'Vul de tekst in het Nederlands of het Engels in.',
  'duplicate-rung-id': 'Deze trede-id komt al eerder voor in de ladder; kies een unieke id.',
  'duplicate-criterion-id': 'Deze criterium-id komt al eerder voor in de ladder; kies een unieke id.',
  'empty-rungs': 'Een ladder heeft minstens één trede.',
  'too-many-rungs': 'Deze ladder heeft te veel treden.',
  'too-many-criteria': 'Deze trede heeft te veel criteria.',
  'unknown-placement': 'Kies cumulatief of eerste treffer.',
  'unsupported-format-version': 'Deze formaatversie wordt niet ondersteund.',
  'unknown-operator': 'Onbekende JSON Logic-operator in deze regel.',
  'malformed-arguments': 'De operator in deze regel heeft verkeerde argumenten.',
  'invalid-rule-object': 'Een regel-object heeft precies één operator als sleutel.',
  'forbidden-path': 'Dit var-pad is niet toegestaan (__proto__, constructor, prototype).',
  'rule-too-deep': 'Deze regel is te diep genest.',
  'rule-too-large': 'Deze regel is te groot.',
}

/** The message for one validation issue in the admin's language, with its stable code. */
export const issueMessage = (issue: { code: string; message: string }, language: string): string => {
  const text = language === 'nl' ? (DUTCH[issue.code] ?? issue.message) : issue.message
  return `${text} (${issue.code})`
}
