// npm run package — versioned store zips of both builds in release/ (run after build:all).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('release', { recursive: true });
for (const [dir, store] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
] as const) {
  const filename = `composure-${store}-${version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', 'release', '--filename', filename, '--overwrite-dest'], {
    stdio: 'pipe',
  });
  console.log(`release/${filename} ${statSync(`release/${filename}`).size} B`);
}
