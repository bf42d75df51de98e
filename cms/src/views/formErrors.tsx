'use client'
// How the coach's forms show what the server refused: a list above the form and a message on
// each field it names. One place, so every form reads the same and screen readers hear it.
import React from 'react'

/** The list of problems above a form; nothing when there are none. */
export const FormErrors = ({ intro, messages }: { intro: string; messages: readonly string[] }): React.ReactNode =>
  messages.length > 0 ? (
    <div className="coach__errors" role="alert" data-testid="form-errors">
      {intro}
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  ) : null

/** The field's class (marked when it has an error) and its message, for the errors by field name. */
export const fieldErrors = (errors: Readonly<Record<string, string>>) => ({
  fieldClass: (name: string): string => `coach__field${errors[name] ? ' coach__field--error' : ''}`,
  errorOf: (name: string): React.ReactNode =>
    errors[name] ? <div className="coach__field-error" role="alert">{errors[name]}</div> : null,
})
