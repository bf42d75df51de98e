#!/usr/bin/env node
// The `doorstart` command. A small committed file rather than a path into dist/: npm links a bin
// only if its target exists at install time, and a rebuild that empties dist/ would drop the run bit.
import('../dist/main.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/main.js')) {
    process.stderr.write('doorstart: @doorstart/cli is not built yet; run "npm run build" first.\n')
    process.exitCode = 3
    return
  }
  throw error
})
