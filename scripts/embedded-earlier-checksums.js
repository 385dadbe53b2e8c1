#!/usr/bin/env node
// Writes data/earlier-checksums.json: for each embedded release file (data/seeds, data/gso), the
// checksums its earlier versions had in git history. A store knows an embedded release by its
// file's checksum; with these it knows a changed file as the same release (electron/core/seed/
// embedded-revisions.ts) instead of loading it beside the old one. Run after changing a file there:
//   node scripts/embedded-earlier-checksums.js
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['data/seeds', 'data/gso'];
const git = (args) => execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const blobsByFile = new Map();
for (const commit of git(['log', '--format=%H', 'HEAD', '--', ...FOLDERS])
  .toString()
  .split('\n')
  .filter(Boolean)) {
  for (const line of git(['ls-tree', '-r', commit, '--', ...FOLDERS])
    .toString()
    .split('\n')
    .filter(Boolean)) {
    const [meta, file] = line.split('\t');
    const blob = meta.split(' ')[2];
    if (!blobsByFile.has(file)) blobsByFile.set(file, new Set());
    blobsByFile.get(file).add(blob);
  }
}

const files = {};
for (const [file, blobs] of [...blobsByFile].sort(([a], [b]) => a.localeCompare(b))) {
  const onDisk = path.join(root, file);
  if (!fs.existsSync(onDisk)) continue;
  const now = sha256(fs.readFileSync(onDisk));
  const earlier = [...new Set([...blobs].map((blob) => sha256(git(['cat-file', 'blob', blob]))))].filter((c) => c !== now).sort();
  if (earlier.length > 0) files[path.relative(path.join(root, 'data'), onDisk).split(path.sep).join('/')] = earlier;
}
const out = path.join(root, 'data', 'earlier-checksums.json');
fs.writeFileSync(
  out,
  `${JSON.stringify({ about: 'Checksums of earlier versions of embedded release files (scripts/embedded-earlier-checksums.js).', files }, null, 1)}\n`,
);
console.log(`${Object.keys(files).length} files with earlier versions, ${Object.values(files).flat().length} checksums: ${path.relative(root, out)}`);
