// Some registries serve only the platform binaries they mirror, so `npm install`
// leaves the other platforms' optional binaries of @tursodatabase/* out of
// package-lock.json, and `npm ci` then refuses the lockfile. This adds the
// missing entries (os/cpu-tagged, so npm skips them on other platforms).
// Run it after any dependency change: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = {
  'darwin-arm64': [['darwin'], ['arm64']],
  'darwin-x64': [['darwin'], ['x64']],
  'linux-arm64-gnu': [['linux'], ['arm64']],
  'linux-x64-gnu': [['linux'], ['x64']],
  'win32-x64-msvc': [['win32'], ['x64']],
};
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.startsWith('node_modules/@tursodatabase/') && key !== 'node_modules/turso') continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target]) continue;
    const suffix = Object.keys(platforms).find((p) => name.endsWith(`-${p}`));
    if (!suffix) continue;
    const [os, cpu] = platforms[suffix];
    lock.packages[target] = {
      version,
      cpu,
      license: 'MIT',
      optional: true,
      os,
      ...(suffix.endsWith('gnu') ? { libc: ['glibc'] } : {}),
    };
    added.push(target);
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.join(', ')}` : 'package-lock.json already complete');
