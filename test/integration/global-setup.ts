/** Builds the companion bundle once per test run: the tests that spawn the daemon run it as `npm start` does. */
import { bundleCompanion } from '../../companion/tools/bundle.ts';

export default async function setup(): Promise<void> {
  await bundleCompanion();
}
