import { array, httpUrl, isIsoDate, matches, object, oneOf, refine, text, type Rule } from '../internal/rules.js'

export const locale: Rule = oneOf(['nl', 'en'])
export const personName: Rule = text(80)
const color: Rule = matches(/^#[0-9a-fA-F]{6}$/, 'invalid-color', 'Write the colour as #RRGGBB, e.g. #0b5394')

const PNG = [0x89, 0x50, 0x4e, 0x47]
const JPEG = [0xff, 0xd8, 0xff]
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte)

const logo: Rule = (value, path, issues) => {
  let bytes: Uint8Array | undefined
  if (value instanceof Uint8Array) bytes = value
  else if (typeof value === 'string') {
    const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(value)
    if (match?.[2]) bytes = Buffer.from(match[2], 'base64')
  }
  if (!bytes || !(startsWith(bytes, PNG) || startsWith(bytes, JPEG))) {
    issues.push({ path, code: 'invalid-logo', message: 'Give the logo as PNG or JPEG bytes, or as a data:image/png;base64,… URI.' })
  } else if (bytes.byteLength > 1_000_000) {
    issues.push({ path, code: 'logo-too-large', message: `Use a logo under 1 MB (got ${bytes.byteLength} bytes); it is printed about 4 cm wide.` })
  }
}

export const centre: Rule = object(
  { name: text(80) },
  {
    location: text(40),
    url: httpUrl,
    branding: object({}, { primaryColor: color, accentColor: color, logo }),
  },
)

export const period: Rule = refine(object({ from: isoDateRule(), to: isoDateRule() }), (value, path, issues) => {
  const { from, to } = value as { from: string; to: string }
  if (from > to) issues.push({ path: `${path}/to`, code: 'period-ends-before-start', message: `The period ends (${to}) before it starts (${from}); swap or correct the dates.` })
})

function isoDateRule(): Rule {
  return (value, path, issues) => {
    if (!isIsoDate(value)) issues.push({ path, code: 'invalid-date', message: `Write the date as an existing calendar date YYYY-MM-DD, e.g. 2026-03-01 (got ${JSON.stringify(value)}).` })
  }
}

export const isoDate: Rule = isoDateRule()
export const signatories: Rule = array(object({ name: personName, role: text(40) }), { min: 1, max: 3 })
export { array, httpUrl, object, oneOf, text }
