// Installers (electron-builder 26). Needs the Electron runtime, which `npx electron-builder` downloads:
// run it on a machine with internet access. See README, "Building installers".
// tests/unit/packaging-config.test.ts checks this file with electron-builder's own validation.

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'vn.iip.explorer',
  productName: 'IIP Explorer',
  directories: { output: 'release', buildResources: 'build' },
  // The built app and the embedded dataset only: electron-builder adds the production dependencies
  // itself (never the dev ones); no tests, no source maps, no type declarations.
  files: ['dist/**', 'data/**', 'package.json', '!**/*.map', '!**/*.test.*', '!**/*.d.ts', '!**/tests/**'],
  asarUnpack: ['**/node_modules/better-sqlite3/**'],
  // Electron's fuses, flipped in the binary while packaging (docs/security.md):
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js that runs any script; the app
    // forks no Electron child processes (its workers are worker_threads, LibreOffice a program of its own).
    runAsNode: false,
    // NODE_OPTIONS and NODE_EXTRA_CA_CERTS would let the environment load code or trust certificates.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open a debugger on the main process.
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    // app.asar checked against the hash built into the binary (macOS, Windows), and loaded from nowhere else.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app serves its pages over app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.finance' },
};
