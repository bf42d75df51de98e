/** A language every document is available in. */
export type DocumentLocale = 'nl' | 'en'

/** A colour as `#RRGGBB`. */
export type HexColor = string

/** The centre's house style: its logo and colours. Everything is optional; defaults are sober. */
export interface Branding {
  /** Colour of the header band and headings, e.g. `#0b5394`. */
  readonly primaryColor?: HexColor
  /** Colour of rules, bullets and chart lines, e.g. `#e69138`. */
  readonly accentColor?: HexColor
  /** A PNG or JPEG logo: the bytes, or a `data:image/png;base64,…` URI (handy in JSON). */
  readonly logo?: Uint8Array | string
}

/**
 * The issuing centre (its legal entity issues the documents).
 *
 * @example
 * ```ts
 * const centre: CentreInfo = {
 *   name: 'Pluspunt Rotterdam', location: 'Rotterdam', url: 'https://pluspunt.example',
 *   branding: { primaryColor: '#0b5394', accentColor: '#e69138', logo: await readFile('logo.png') },
 * }
 * ```
 */
export interface CentreInfo {
  /** E.g. `Leer Praktijk Centrum Zuid`. */
  readonly name: string
  /** Place of issue, printed next to the date, e.g. `Rotterdam`. */
  readonly location?: string
  readonly url?: string
  readonly branding?: Branding
}

/** Somebody who signs a document: a name and a role (e.g. `Werkcoach`, `Praktijkopleider`). */
export interface Signatory {
  readonly name: string
  readonly role: string
}

/** A period of dates, both inclusive, as YYYY-MM-DD. */
export interface Period {
  readonly from: string
  readonly to: string
}
