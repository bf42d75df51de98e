// The public address of the verification page, `/verify/<credentialId>` (with `?lang=` and, after
// an upload, `?file=<outcome>`), rewritten to the page of its language and outcome:
// `/verify/<id>/<nl|en>[/file/<outcome>]`, which Next.js serves from its cache (verifyRoute.tsx).
// Rewrites in next.config, not the proxy: Next.js matches them without running any code per
// request. The language as verifyLanguageOf (verifyTexts.ts) chooses it: `?lang=en|nl` wins, else
// the first language of Accept-Language if English, else Dutch.

const OUTCOMES = 'valid|revoked|expired|not-yet-valid|invalid|unknown'
// Every single-segment address below /verify but the upload's.
const SOURCE = '/verify/:credentialId((?!check$)[^/]+)'
const ENGLISH_BROWSER = { type: 'header', key: 'accept-language', value: '\\s*[eE][nN].*' }

/** For `rewrites().beforeFiles` in next.config.mjs; the first that matches applies. */
export const verifyRewrites = () =>
  [
    { has: [{ type: 'query', key: 'file', value: `(?<file>${OUTCOMES})` }], suffix: '/file/:file' },
    { has: [], suffix: '' },
  ].flatMap(({ has, suffix }) => [
    { source: SOURCE, has: [...has, { type: 'query', key: 'lang', value: 'en' }], destination: `/verify/:credentialId/en${suffix}` },
    { source: SOURCE, has: [...has, { type: 'query', key: 'lang', value: 'nl' }], destination: `/verify/:credentialId/nl${suffix}` },
    { source: SOURCE, has: [...has, ENGLISH_BROWSER], destination: `/verify/:credentialId/en${suffix}` },
    { source: SOURCE, has, destination: `/verify/:credentialId/nl${suffix}` },
  ].map((rule) => (rule.has.length ? rule : { source: rule.source, destination: rule.destination })))
