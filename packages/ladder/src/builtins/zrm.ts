import type { Ladder } from '../ladder/Ladder.js'
import { ZRM_DOMAINS, type ZrmDomain } from '../facts/vocabulary.js'

/**
 * Labels of the 13 domains of the self-sufficiency matrix (Zelfredzaamheid-Matrix, GGD
 * Amsterdam [ext]), with the ladder id of each. Labels only: the cell texts are
 * copyrighted and not shipped.
 *
 * @example
 * ```ts
 * ZRM_DOMAIN_LABELS.finances.nl //=> 'Financiën'
 * ```
 */
export const ZRM_DOMAIN_LABELS: { readonly [domain in ZrmDomain]: { readonly id: string; readonly nl: string; readonly en: string } } = {
  finances: { id: 'zrm-financien', nl: 'Financiën', en: 'Finances' },
  workAndEducation: { id: 'zrm-werk-opleiding', nl: 'Werk en opleiding', en: 'Work and education' },
  timeUse: { id: 'zrm-tijdsbesteding', nl: 'Tijdsbesteding', en: 'Time use' },
  housing: { id: 'zrm-huisvesting', nl: 'Huisvesting', en: 'Housing' },
  domesticRelations: { id: 'zrm-huiselijke-relaties', nl: 'Huiselijke relaties', en: 'Domestic relations' },
  mentalHealth: { id: 'zrm-geestelijke-gezondheid', nl: 'Geestelijke gezondheid', en: 'Mental health' },
  physicalHealth: { id: 'zrm-lichamelijke-gezondheid', nl: 'Lichamelijke gezondheid', en: 'Physical health' },
  substanceUse: { id: 'zrm-middelengebruik', nl: 'Middelengebruik', en: 'Substance use' },
  basicAdl: { id: 'zrm-basale-adl', nl: 'Basale ADL', en: 'Basic ADL' },
  instrumentalAdl: { id: 'zrm-instrumentele-adl', nl: 'Instrumentele ADL', en: 'Instrumental ADL' },
  socialNetwork: { id: 'zrm-sociaal-netwerk', nl: 'Sociaal netwerk', en: 'Social network' },
  socialParticipation: { id: 'zrm-maatschappelijke-participatie', nl: 'Maatschappelijke participatie', en: 'Social participation' },
  justice: { id: 'zrm-justitie', nl: 'Justitie', en: 'Justice' },
}

/**
 * The five ZRM levels (labels only).
 *
 * @example
 * ```ts
 * ZRM_LEVELS[4]?.en //=> 'fully self-sufficient'
 * ```
 */
export const ZRM_LEVELS: readonly { readonly level: number; readonly id: string; readonly nl: string; readonly en: string }[] = [
  { level: 1, id: 'acute-problematiek', nl: 'acute problematiek', en: 'acute problems' },
  { level: 2, id: 'niet-zelfredzaam', nl: 'niet zelfredzaam', en: 'not self-sufficient' },
  { level: 3, id: 'beperkt-zelfredzaam', nl: 'beperkt zelfredzaam', en: 'barely self-sufficient' },
  { level: 4, id: 'voldoende-zelfredzaam', nl: 'voldoende zelfredzaam', en: 'adequately self-sufficient' },
  { level: 5, id: 'volledig-zelfredzaam', nl: 'volledig zelfredzaam', en: 'fully self-sufficient' },
]

function zrmLadder(domain: ZrmDomain): Ladder {
  const label = ZRM_DOMAIN_LABELS[domain]
  return {
    id: label.id,
    version: '2026.1',
    effectiveFrom: '2026-01-01',
    title: { nl: `ZRM: ${label.nl}`, en: `Self-sufficiency matrix: ${label.en}` },
    description: {
      nl: 'Eén domein van de Zelfredzaamheid-Matrix (GGD Amsterdam), alleen de labels. Bijzondere persoonsgegevens: standaard uit.',
      en: 'One domain of the self-sufficiency matrix (GGD Amsterdam), labels only. Special-category data: off by default.',
    },
    placement: 'cumulative',
    rungs: ZRM_LEVELS.map((level) => ({
      id: level.id,
      title: { nl: `${level.level}: ${level.nl}`, en: `${level.level}: ${level.en}` },
      criteria: [{
        id: `${label.id}-${level.level}`,
        title: { nl: `${label.nl}: score ${level.level} of hoger`, en: `${label.en}: score ${level.level} or higher` },
        rule: { '>=': [{ var: `selfSufficiency.${domain}` }, level.level] },
      }],
    })),
  }
}

/**
 * The self-sufficiency matrix as 13 ladders of 5 levels, one per domain, keyed by ladder id
 * (`zrm-financien`, …). Each reads `selfSufficiency.<domain>` (1–5).
 *
 * @example
 * ```ts
 * Object.keys(zrmLadders).length //=> 13
 * ```
 */
export const zrmLadders: { readonly [id: string]: Ladder } = Object.fromEntries(
  ZRM_DOMAINS.map((domain) => [ZRM_DOMAIN_LABELS[domain].id, zrmLadder(domain)]),
)
