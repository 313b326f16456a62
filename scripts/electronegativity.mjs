#!/usr/bin/env node
// Runs @doyensec/electronegativity on the build output (npm run security,
// after npm run build) and fails on any HIGH finding nobody has explained in
// security/electronegativity-accepted.json.
//
// usage: node scripts/electronegativity.mjs [build dir, default out]
import { existsSync, readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const input = resolve(process.argv[2] ?? join(root, 'out'));
const report = join(input, 'electronegativity.csv');
const acceptedFile = join(root, 'security', 'electronegativity-accepted.json');

if (!existsSync(join(input, 'main', 'index.js'))) {
  console.error(`electronegativity: no build in ${relative(root, input) || '.'}/ — run \`npm run build\` first.`);
  process.exit(1);
}

/** @type {{check: string, file: string, sample?: string, reason: string}[]} */
const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8'));
for (const entry of accepted) {
  if (!entry.check || !entry.file || !entry.reason?.trim()) {
    console.error(`electronegativity: every entry of ${relative(root, acceptedFile)} needs check, file and a reason:`, entry);
    process.exit(1);
  }
}

// The scanned folder has no package.json, so the Electron version is told rather than guessed.
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// The tool fetches translations and Electron's release list on every run,
// through got 11, which crashes Node 24 when a fetch fails (its retry fires
// after the promise settled). A CI gate must not hang on the network, so the
// fetches fail at once: the bundled English texts are used, and the release
// check has no package.json to read in out/ anyway.
const toolDir = dirname(require.resolve('@doyensec/electronegativity'));
const gotPath = require.resolve('got', { paths: [toolDir] });
const offlineGot = Object.assign(() => Promise.reject(new Error('offline')), {
  head: () => Promise.reject(new Error('offline')),
});
const gotModule = new Module(gotPath);
gotModule.exports = offlineGot;
gotModule.loaded = true;
require.cache[gotPath] = gotModule;

const run = require('@doyensec/electronegativity');
const result = await run({
  input,
  output: report,
  isSarif: false,
  isRelative: true,
  electronVersionOverride: electronVersion,
});

// Built file names carry content hashes, so an accepted `file` may use `*` for any run of characters.
const matches = (pattern, file) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(file);
// `sample`, when given, pins an acceptance to one construct, so a new finding
// of the same check in the same bundle is not waved through with it.
const acceptance = (finding) =>
  accepted.find(
    (entry) =>
      entry.check === finding.id &&
      matches(entry.file, finding.file) &&
      (entry.sample === undefined || (finding.sample ?? '').includes(entry.sample)),
  );

// A file the tool could not parse was not checked at all, so it must be explained like a HIGH finding.
const unscanned = result.errors
  .filter((error) => !error.tolerable)
  .map((error) => ({ id: 'PARSE_ERROR', file: relative(input, error.file), detail: error.message }));
const high = result.issues.filter((issue) => issue.severity.name === 'HIGH');
const mustExplain = [...high, ...unscanned];
const unexplained = mustExplain.filter((finding) => !acceptance(finding));
const unused = accepted.filter((entry) => !mustExplain.some((finding) => acceptance(finding) === entry));

console.log(`electronegativity: ${result.globalChecks + result.atomicChecks} checks, Electron ${electronVersion}, ` +
  `${result.issues.length} findings (${high.length} HIGH), ${unscanned.length} unscanned file(s); report in ${relative(root, report)}`);
for (const issue of result.issues) {
  const status = issue.severity.name !== 'HIGH' ? 'review' : acceptance(issue) ? 'accepted' : 'FAIL';
  console.log(`  ${status.padEnd(8)} ${issue.severity.name.padEnd(13)} ${issue.id}  ${issue.file}:${issue.location.line}:${issue.location.column}`);
}
for (const file of unscanned) {
  console.log(`  ${(acceptance(file) ? 'accepted' : 'FAIL').padEnd(8)} ${'UNSCANNED'.padEnd(13)} ${file.file}: ${file.detail}`);
}
for (const entry of unused) console.warn(`  stale    ${entry.check} on ${entry.file} no longer comes up; remove it from the accepted list.`);

if (unexplained.length > 0) {
  console.error(`electronegativity: ${unexplained.length} HIGH finding(s) or unscanned file(s) nobody explained. ` +
    `Fix them, or explain each in ${relative(root, acceptedFile)}.`);
  process.exit(1);
}
