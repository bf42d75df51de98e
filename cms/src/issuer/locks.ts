/** PostgreSQL advisory lock class for generating a centre's first issuer key (any constant). */
export const PREPARE_KEY_LOCK = 4_260_612
