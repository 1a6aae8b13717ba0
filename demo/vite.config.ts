import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
export const DEMO_PORT = 5178;

/** The local demo site: real editors on pages shaped like the sites parents post on. */
export default defineConfig({
  root,
  plugins: [react()],
  server: { host: '127.0.0.1', port: DEMO_PORT, strictPort: true },
  preview: { host: '127.0.0.1', port: DEMO_PORT, strictPort: true },
  build: {
    outDir: resolve(root, '../.output/demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(root)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.slice(0, -5), resolve(root, f)]),
      ),
    },
  },
});
