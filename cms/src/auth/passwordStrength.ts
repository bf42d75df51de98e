import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import * as dutch from '@zxcvbn-ts/language-nl-be'

export const MIN_PASSWORD_LENGTH = 12
/** zxcvbn's scale 0–4; 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3
export const MAX_PASSWORD_LENGTH = 256

let zxcvbn: ZxcvbnFactory | null = null
/** The dictionaries load once per process (common passwords, English and Dutch words and names). */
const estimator = (): ZxcvbnFactory => {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  })
  return zxcvbn
}

export type PasswordProblem = 'password-too-short' | 'password-too-long' | 'password-too-weak'

/**
 * Why a new password is refused, or `null`: shorter than 12 characters, or guessable by
 * zxcvbn-ts (common passwords, words, names, dates, keyboard patterns, and the account's own
 * e-mail address and name).
 */
export const findPasswordProblem = (password: string, userInputs: readonly string[] = []): PasswordProblem | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password-too-short'
  if (password.length > MAX_PASSWORD_LENGTH) return 'password-too-long'
  const inputs = [...userInputs.flatMap((input) => input.toLowerCase().split(/[^a-z0-9]+/)), 'doorstart', 'leerwerkcentrum', 'wachtwoord']
  return estimator().check(password, inputs.filter((input) => input.length > 2)).score < MIN_PASSWORD_SCORE ? 'password-too-weak' : null
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, { en: string; nl: string }> = {
  'password-too-short': {
    en: `Use a password of at least ${MIN_PASSWORD_LENGTH} characters (password-too-short).`,
    nl: `Gebruik een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens (password-too-short).`,
  },
  'password-too-long': {
    en: `Use a password of at most ${MAX_PASSWORD_LENGTH} characters (password-too-long).`,
    nl: `Gebruik een wachtwoord van hoogstens ${MAX_PASSWORD_LENGTH} tekens (password-too-long).`,
  },
  'password-too-weak': {
    en: 'This password is too easy to guess: avoid common passwords, words, names and your e-mail address; a few unrelated words work well (password-too-weak).',
    nl: 'Dit wachtwoord is te makkelijk te raden: vermijd veelgebruikte wachtwoorden, woorden, namen en je e-mailadres; een paar losse woorden werken goed (password-too-weak).',
  },
}
