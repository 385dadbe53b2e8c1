// Installers (electron-builder 26): Linux AppImage and deb, Windows NSIS, macOS dmg; `npm run dist`
// builds the current platform's. Needs Electron's runtime (and, for better-sqlite3, Electron's headers
// or a prebuilt binary), which electron-builder downloads unless they are in the electron cache: see
// README, "Building installers". tests/unit/packaging-config.test.ts checks this file with
// electron-builder's own validation, up to where the runtime would be fetched.

/** Files the app imports (electron/core/import/formats): it is offered in "Open with", never made their default. */
const RELEASE_FILE_TYPES = [
  { ext: 'xlsx', name: 'Excel workbook', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { ext: 'xls', name: 'Excel 97-2003 workbook', mimeType: 'application/vnd.ms-excel' },
  { ext: 'csv', name: 'CSV table', mimeType: 'text/csv' },
  // no MIME type on Linux: none is registered for PC-Axis, and defining one would make the app its only handler
  { ext: 'px', name: 'PC-Axis table', mimeType: null },
  { ext: 'json', name: 'JSON-stat dataset', mimeType: 'application/json' },
  { ext: 'xml', name: 'SDMX-ML message', mimeType: 'application/xml' },
];

/** The app's own file: notes shared between colleagues. The app is its default handler everywhere. */
const NOTES_FILE_TYPE = { ext: 'iipnotes', name: 'IIP Explorer notes', description: 'IIP Explorer notes' };

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'vn.iip.explorer',
  productName: 'IIP Explorer',
  directories: { output: 'release', buildResources: 'build' },
  // Nothing is published: no update server, no release upload.
  publish: null,
  // The built app and the embedded dataset only: electron-builder adds the production dependencies
  // itself (never the dev ones); no tests, no source maps, no type declarations.
  files: ['dist/**', 'data/**', 'package.json', '!**/*.map', '!**/*.test.*', '!**/*.d.ts', '!**/tests/**'],
  // Outside the asar archive: native modules, which the system loads from a real file. (Electron reads
  // the rest from the archive: data/ and the fonts through fs, and the worker threads' scripts, whose
  // imports sit in the archive too; see README, "Building installers".)
  asarUnpack: ['**/node_modules/better-sqlite3/**', '**/node_modules/@napi-rs/canvas/**', '**/node_modules/@napi-rs/canvas-*/**'],
  // better-sqlite3 is rebuilt for Electron's ABI while packaging (@electron/rebuild): a prebuilt binary
  // for that ABI when one can be fetched, else compiled from source with Electron's headers.
  // (@napi-rs/canvas uses Node-API, the same binary for Node and Electron.)
  npmRebuild: true,
  buildDependenciesFromSource: false,
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

  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'iip-explorer',
    // the .desktop file named after package.json's desktopName, which Electron gives the window as its app id
    syncDesktopName: true,
    icon: 'build/icons',
    category: 'Office;Economy',
    synopsis: "Vietnam's Index of Industrial Production, offline",
    maintainer: 'IIP Explorer',
    vendor: 'IIP Explorer',
    // the release files' standard types, so the app is listed under "Open with" (the user's default stays theirs)
    mimeTypes: RELEASE_FILE_TYPES.flatMap((t) => (t.mimeType ? [t.mimeType] : [])),
    // .iipnotes: a MIME type of its own, defined by the package, with the app as its handler
    fileAssociations: [{ ...NOTES_FILE_TYPE, mimeType: 'application/x-iip-explorer-notes' }],
    desktop: {
      entry: {
        GenericName: 'Industrial production explorer',
        'GenericName[vi]': 'Tra cứu chỉ số sản xuất công nghiệp',
        'Comment[vi]': 'Chỉ số sản xuất công nghiệp (IIP) của Việt Nam, không cần mạng',
        Keywords: 'IIP;industrial production;statistics;index;GSO;Vietnam;',
        'Keywords[vi]': 'IIP;sản xuất công nghiệp;chỉ số;thống kê;Tổng cục Thống kê;Việt Nam;',
      },
    },
  },

  win: {
    target: ['nsis'],
    icon: 'build/icons/256x256.png',
    // .iipnotes made the app's by electron-builder's NSIS; the name is the registry's ProgID (no spaces)
    fileAssociations: [{ ...NOTES_FILE_TYPE, name: 'IIPExplorer.Notes' }],
  },
  nsis: {
    // the assisted installer: per-user by default (no administrator needed), the folder chosen by the user
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'IIP Explorer',
    // in Vietnamese or English, as Windows is set (English otherwise)
    installerLanguages: ['vi_VN', 'en_US'],
    multiLanguageInstaller: true,
    displayLanguageSelector: false,
    // adds the app to "Open with" for the release files, without their default (build/installer.nsh)
    include: 'build/installer.nsh',
  },

  mac: {
    target: ['dmg'],
    icon: 'build/icons/1024x1024.png',
    category: 'public.app-category.finance',
    // an alternate viewer: macOS keeps the files' default application
    fileAssociations: [
      { ...NOTES_FILE_TYPE, role: 'Editor', rank: 'Owner' },
      ...RELEASE_FILE_TYPES.map(({ ext, name }) => ({ ext, name, role: 'Viewer', rank: 'Alternate' })),
    ],
  },
  dmg: {
    title: '${productName} ${version}',
    window: { width: 540, height: 380 },
    contents: [
      { x: 140, y: 190, type: 'file' },
      { x: 400, y: 190, type: 'link', path: '/Applications' },
    ],
  },
};
