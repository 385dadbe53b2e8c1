// Types of make-icons.js for the tests (tests/unit/packaging-config.test.ts compares its drawing with build/icons).
import type { Canvas } from '@napi-rs/canvas';

export const ICON_SIZES: number[];
export function drawIcon(size: number): Canvas;
