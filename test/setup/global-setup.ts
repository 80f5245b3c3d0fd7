import path from 'node:path';
import { launchTestStack, STACK_ENV } from '@qinshang/testkit';

/** One platform for the whole integration run: real PostgreSQL, four subgraphs, the gateway. */
export default async function globalSetup() {
  // A platform already running (QINSHANG_TEST_STACK, from `node infra/dist/test-stack.js`) is reused:
  // a quick loop while developing one area.
  if (process.env[STACK_ENV]) return;
  const started = Date.now();
  const { info, child } = await launchTestStack(path.resolve(__dirname, '..', '..'));
  process.env[STACK_ENV] = JSON.stringify(info);
  (globalThis as { __QINSHANG_STACK__?: typeof child }).__QINSHANG_STACK__ = child;
  process.stderr.write(`\n[integration] platform ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${info.gatewayUrl}\n`);
}
