// Runs compiled TSDoc examples one after another in a plain Node process, so that they import the
// built packages exactly as a reader's program does. Arguments: the results file, then the modules.
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const [resultsFile, ...modules] = process.argv.slice(2)
const results = []
for (const module of modules) {
  let timer
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('did not finish within 10 s')), 10_000) })
  try {
    await Promise.race([import(pathToFileURL(module).href), timeout])
    results.push({ module, error: null })
  } catch (error) {
    results.push({ module, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  } finally {
    clearTimeout(timer)
    process.exitCode = 0 // examples may set it, as a program would
  }
}
writeFileSync(resultsFile, JSON.stringify(results))
process.exit(0)
