// Dutch and English texts for the library's stable issue codes, for the admin and bulk upload.
import type { ValidationIssue } from '@doorstart/ladder'

const NL: Record<string, string> = {
  'missing-property': 'Dit veld is verplicht.',
  'unknown-property': 'Dit veld hoort niet bij deze soort certificaat.',
  'expected-string': 'Vul hier tekst in.',
  'empty-text': 'Vul dit veld in.',
  'text-too-long': 'Deze tekst is te lang.',
  'control-character': 'Deze tekst bevat een ongeldig teken.',
  'invalid-date': 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026.',
  'invalid-url': 'Vul een geldig webadres in.',
  'unknown-value': 'Deze waarde is niet toegestaan.',
  'list-length': 'Het aantal regels klopt niet.',
  'invalid-crebo': 'Een crebocode heeft vijf cijfers, bijvoorbeeld 25180.',
  'invalid-work-process-code': 'Schrijf de werkprocescode als B1-K1-W2.',
  'period-ends-before-start': 'De periode eindigt vóór het begin.',
  'issued-before-period': 'De uitgiftedatum ligt vóór het einde van de periode.',
  'unsupported-character': 'Deze tekst bevat een teken dat niet afgedrukt kan worden.',
}

/** `<Dutch> / <English> (<code>)`: both languages, since the admin shows the server's message as is. */
export const certificateIssueMessage = (issue: ValidationIssue): string =>
  `${NL[issue.code] ?? 'Ongeldige waarde.'} / ${issue.message} (${issue.code})`

/** Dutch only, for per-row messages of the bulk upload. */
export const certificateIssueMessageNl = (issue: ValidationIssue): string => NL[issue.code] ?? `Ongeldige waarde (${issue.code}).`
