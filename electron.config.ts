/**
 * electron-builder configuration (electron-builder settings only: its schema rejects unknown keys).
 * Used as `electron-builder --config electron.config.ts`; tests validate it against
 * app-builder-lib/scheme.json and check that everything the app loads at run time is packed.
 */
import type { Configuration } from 'electron-builder';

/** Assignment files teachers hand out (used by the teacher issue). */
export const ASSIGNMENT_EXTENSION = 'lensesassignment';
/** Results files students hand back to their teacher. */
export const RESULTS_EXTENSION = 'lensesresults';

const config: Configuration = {
  appId: 'org.lenses.app',
  productName: 'Lenses',
  copyright: 'Copyright © 2026 the Lenses team',
  directories: { output: 'release', buildResources: 'build-resources' },
  // What the app loads at run time: main and preload bundles, the renderer build, the content sets.
  files: ['package.json', 'dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'content/sets/**', '!**/*.map'],
  asar: true,
  // Electron fuses, flipped in the packaged binary: it cannot be run as plain Node, does not take
  // NODE_OPTIONS or --inspect from whoever starts it, encrypts its cookie store, checks its app.asar
  // and loads the app only from it. file: pages get no extra rights (the app uses lenses://).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  extraMetadata: { main: 'dist/main/index.cjs' },
  fileAssociations: [
    {
      ext: ASSIGNMENT_EXTENSION,
      name: 'Lenses assignment',
      description: 'A Lenses assignment',
      mimeType: 'application/x-lenses-assignment',
      role: 'Viewer',
    },
    {
      ext: RESULTS_EXTENSION,
      name: 'Lenses results',
      description: 'A student’s answers to a Lenses assignment',
      mimeType: 'application/x-lenses-results',
      role: 'Viewer',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    maintainer: 'Lenses team <team@lenses.invalid>',
    synopsis: 'Media-literacy study app',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.education' },
  dmg: { title: 'Lenses' },
  publish: null,
};

export default config;
