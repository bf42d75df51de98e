import { register } from 'node:module'

register('./blockCertificates.mjs', import.meta.url)
