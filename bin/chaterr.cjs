#!/usr/bin/env node
// The installed command: loads the bundled CLI that `npm install` builds through the prepare script.
// CommonJS on purpose: an ESM entry costs about 10 ms more at start-up.
require('../dist/chaterr.cjs');
