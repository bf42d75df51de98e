/**
 * How long a verifier may cache a centre's published status list (`Cache-Control: max-age`), in
 * seconds. The verification page keeps its outcomes no longer than this either, so a revocation
 * made on another server of the CMS shows everywhere within the same minute.
 */
export const STATUS_LIST_MAX_AGE_SECONDS = 60
