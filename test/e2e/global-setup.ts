import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath, version } from '../../scripts/lib/browsers';

/** Fails early and plainly when what the browser tests need is missing: never a silent skip. */
export default function setup() {
  for (const dir of ['dist', 'dist-firefox']) {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`${dir}/ is missing: run "npm run build:all" first (npm test does).`);
  }
  // Both throw BrowserMissing with the apt-get line to run; .ci/run installs them.
  // The versions go in the log: a browser update is the first suspect when a test turns red.
  console.log(`Browser tests run on ${version(chromiumPath())} and ${version(firefoxPath())}`);
}
