import { defineConfig } from 'wxt';
import { SchoolConfigError, loadSchools } from './src/config/load-schools';
import { manifestText } from './src/config/manifest-text';

// Validated here, before anything is built: a broken config stops the build with its message
// (the file, the field, the fix) and no stack trace, since a school's IT person reads it.
const schools = (() => {
  try {
    return loadSchools(process.env.SCHOOL);
  } catch (error) {
    if (!(error instanceof SchoolConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
})();
const SCHOOLS_MODULE = 'virtual:before-you-post/schools';

// WXT takes NODE_ENV from the mode, so `--mode e2e` would ship React's development build. The e2e
// build must be the production build plus localhost, or the tests and benchmarks would measure
// something parents never run.
// Both are needed: the React plugin reads NODE_ENV, and WXT's own define replaces it in the code.
const PRODUCTION_CODE = process.argv.includes('build');
if (PRODUCTION_CODE) process.env.NODE_ENV = 'production';

/** Pages served by the test and demo server; only `--mode e2e` builds run there. */
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: () => ({
    ...manifestText(schools),
    // storage: the parent's settings. activeTab: the popup may read the current tab's address.
    permissions: ['storage', 'activeTab'],
    // Asked for only when the parent chooses to watch another site, for that site alone.
    optional_permissions: ['scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The popup (the draft's status, the school's questions, the complaints route) from the keyboard.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+B' }, description: 'Open Before You Post' },
    },
  }),
  vite: () => ({
    plugins: [
      {
        name: 'before-you-post:schools',
        resolveId: (id: string) => (id === SCHOOLS_MODULE ? `\0${SCHOOLS_MODULE}` : undefined),
        load: (id: string) => (id === `\0${SCHOOLS_MODULE}` ? `export default ${JSON.stringify(schools)};` : undefined),
      },
    ],
  }),
  hooks: {
    'vite:build:extendConfig': (_entrypoints, config) => {
      if (PRODUCTION_CODE) config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...E2E_MATCHES])];
      }
    },
  },
});
