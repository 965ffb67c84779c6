// The source gate of `npm run lint`: no HTML or script sinks, no network APIs, no focused or
// skipped tests. Ticket text is hostile input, and nothing may leave the browser.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RULES: { pattern: RegExp; why: string; dirs: string[] }[] = [
  { pattern: /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/, why: 'HTML sink', dirs: ['src'] },
  { pattern: /\beval\(|new Function\(|set(?:Timeout|Interval)\(\s*['"`]/, why: 'script from a string', dirs: ['src'] },
  { pattern: /\bfetch\(|XMLHttpRequest|new WebSocket\(|sendBeacon\(|new EventSource\(/, why: 'network call', dirs: ['src'] },
  { pattern: /\b(?:it|test|describe)\.(?:skip|only|todo)\(|\bx(?:it|describe)\(/, why: 'skipped or focused test', dirs: ['test'] },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

let problems = 0;
for (const rule of RULES) {
  for (const file of rule.dirs.flatMap(files)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (rule.pattern.test(line)) {
          console.error(`${file}:${i + 1}: ${rule.why}: ${line.trim()}`);
          problems++;
        }
      });
  }
}
if (problems) process.exit(1);
console.log('check-sinks: no HTML sinks, string-eval, network calls or skipped tests in src/ and test/');
