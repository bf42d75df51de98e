// The engine's modules import JSON Pointers from here; the one implementation is public.
export { escapePointerToken, joinPointer } from '../errors/jsonPointer.js'
