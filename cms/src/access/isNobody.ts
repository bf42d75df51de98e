import type { Access } from 'payload'

/** Refused for every user, admins included (append-only data is written by the server alone). */
export const isNobody: Access = () => false
