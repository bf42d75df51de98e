// Module hooks for start-up tests: loading @doorstart/certificates fails, so a command that
// works under them provably never loaded the certificate library.
export async function resolve(specifier, context, next) {
  if (specifier === '@doorstart/certificates') throw new Error('@doorstart/certificates was loaded')
  return next(specifier, context)
}
