import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DEMO_PORT } from '../demo/vite.config';

export const DEMO_URL = `http://localhost:${DEMO_PORT}/`;
const root = resolve(import.meta.dirname, '..');

/** Serves the demo site (or uses one already running) until `stop` is called. */
export async function startDemoServer(): Promise<{ stop(): void }> {
  const up = () => fetch(DEMO_URL).then((r) => r.ok, () => false);
  if (await up()) return { stop() {} };
  const vite = resolve(root, 'node_modules/.bin/vite');
  const server = spawn(vite, ['--config', 'demo/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const stop = () => server.kill();
  process.on('exit', stop);
  for (let i = 0; i < 150; i++) {
    if (await up()) return { stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`The demo server did not start on ${DEMO_URL}`);
}
