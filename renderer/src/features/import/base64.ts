// Bytes → base64 in slices (no string built a byte at a time), with pauses so the window stays
// responsive while a chunk of a large file is encoded (see staging.ts).

/** A multiple of 3, so each slice encodes on its own without padding in the middle. */
const SLICE_BYTES = 3 * 10_922;
/** Slices encoded between two pauses (about 2 MB). */
const SLICES_PER_PAUSE = 64;

/** Lets the browser paint and handle input before the next piece of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function bytesToBase64(bytes: Uint8Array, pause: () => Promise<void> = nextTask): Promise<string> {
  const parts: string[] = [];
  let slices = 0;
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const slice = bytes.subarray(start, start + SLICE_BYTES);
    // apply takes the typed array as its argument list: one call per slice, not per byte
    parts.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])));
    if (++slices % SLICES_PER_PAUSE === 0) await pause();
  }
  return parts.join('');
}
