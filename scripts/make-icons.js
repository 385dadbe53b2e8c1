#!/usr/bin/env node
// Draws the app's icon at every size the installers use, into build/icons/<N>x<N>.png (committed):
// Linux takes the folder, Windows the 256 (made into an .ico), macOS the 1024 (made into an .icns).
//   node scripts/make-icons.js
// One drawing, in a 1024-unit square, drawn at each size rather than scaled down from the largest,
// so the small ones stay sharp: a teal tile, three rising bars (industry's output) and the index's
// line rising over them, ending in a dot.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'icons');

const TILE_TOP = '#137a8c';
const TILE_BOTTOM = '#0b3f4d';
const BAR = '#9fd8de';
const LINE = '#f5b83d';

function roundedRect(ctx, x, y, w, h, r) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

/** The icon drawn on a size × size canvas. */
export function drawIcon(size) {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.scale(size / 1024, size / 1024);
  // the tile, inset as macOS's grid has it (the small sizes keep a thinner margin)
  const inset = size <= 32 ? 24 : 80;
  const tile = 1024 - 2 * inset;
  const gradient = ctx.createLinearGradient(0, inset, 0, inset + tile);
  gradient.addColorStop(0, TILE_TOP);
  gradient.addColorStop(1, TILE_BOTTOM);
  ctx.fillStyle = gradient;
  roundedRect(ctx, inset, inset, tile, tile, tile * 0.22);
  ctx.fill();
  // three bars on a common base
  const base = inset + tile * 0.8;
  const barWidth = tile * 0.16;
  const bars = [
    { x: inset + tile * 0.18, height: tile * 0.22 },
    { x: inset + tile * 0.42, height: tile * 0.34 },
    { x: inset + tile * 0.66, height: tile * 0.46 },
  ];
  ctx.fillStyle = BAR;
  for (const bar of bars) {
    roundedRect(ctx, bar.x, base - bar.height, barWidth, bar.height, barWidth * 0.18);
    ctx.fill();
  }
  // the index's line, rising over the bars, and a dot at its last month
  const points = [
    [inset + tile * 0.14, inset + tile * 0.58],
    [inset + tile * 0.34, inset + tile * 0.46],
    [inset + tile * 0.52, inset + tile * 0.5],
    [inset + tile * 0.8, inset + tile * 0.22],
  ];
  ctx.strokeStyle = LINE;
  ctx.lineWidth = size <= 32 ? 84 : 56;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(...points[0]);
  for (const point of points.slice(1)) ctx.lineTo(...point);
  ctx.stroke();
  const [lastX, lastY] = points.at(-1);
  ctx.fillStyle = LINE;
  ctx.beginPath();
  ctx.arc(lastX, lastY, size <= 32 ? 80 : 60, 0, Math.PI * 2);
  ctx.fill();
  return canvas;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `${size}x${size}.png`);
    fs.writeFileSync(file, drawIcon(size).toBuffer('image/png'));
    console.log(path.relative(root, file));
  }
}
