// The public texts Doorstart was designed from, named by their titles (never by file name).
// The file names are what the ladder library records in `sources`.
type Language = 'nl' | 'en'

const TITLES: Readonly<Record<string, { nl: string; en: string }>> = {
  '000_3edb52956db5646c.txt': { nl: 'Leer Praktijk Centra, gemeente Rotterdam', en: 'Leer Praktijk Centra, City of Rotterdam' },
  '001_9a0c4fce56949085.txt': { nl: 'De Verbindingskamer, LeerWerkCentrum Oud Mathenesse / Witte Dorp', en: 'De Verbindingskamer, learn-work centre Oud Mathenesse / Witte Dorp' },
  '002_955c51c2f519a495.txt': { nl: 'Evaluatie Leerpraktijkcentra Rotterdam (OBI, december 2023)', en: 'Evaluation of the Rotterdam learn-practice centres (OBI, December 2023)' },
  '003_39bc035d67f3ea38.txt': { nl: 'Pluspunt Rotterdam, ABC-academie voor doorstartkwalificaties', en: 'Pluspunt Rotterdam, ABC academy for restart qualifications' },
  '004_fb80b8ab7482f406.txt': { nl: 'Werkleerbedrijf Lucrato, leerwerksetting Groen (gemeente Apeldoorn)', en: 'Lucrato, learn-work setting Green (City of Apeldoorn)' },
}

/** Every known source with its title, for pickers. */
export const KNOWN_SOURCES: readonly string[] = Object.keys(TITLES)

/**
 * The title of a source as people know it: "Leer Praktijk Centra, gemeente Rotterdam" for
 * `000_3edb52956db5646c.txt`; a reference to Doorstart's domain brief becomes a plain description.
 *
 * @example
 * sourceTitle('DOMAIN.md §3 (Werknemersvaardigheden) [ext]', 'nl') //=> 'Werknemersvaardigheden (Nederlandse praktijk)'
 */
export const sourceTitle = (source: string, language: Language): string => {
  const known = TITLES[source]
  if (known) return known[language]
  const practice = /^DOMAIN\.md §\d+ \((.+)\)/.exec(source)
  if (practice) return language === 'nl' ? `${practice[1]} (Nederlandse praktijk)` : `${practice[1]} (Dutch practice)`
  if (source.startsWith('DOMAIN.md')) return language === 'nl' ? 'Uitgangspunten van Doorstart' : 'Doorstart defaults'
  return source
}
