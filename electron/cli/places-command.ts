// `iip places --geo G [--json]`: a place across the 1 July 2025 merger — a locality's former
// provinces, or a province's successor and the provinces merged with it. Exit 0 printed, 1 no such
// place, 2 bad arguments.
import type { Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import type { Lineage } from '../shared/contract/reference.js';
import { UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';

export class PlacesUsageError extends UsageError {
  override name = 'PlacesUsageError';
}

type Values = { [option: string]: string | boolean | string[] | undefined };
type Io = { out: (line: string) => void; err: (line: string) => void };

const named = (places: Lineage['predecessors']): string => places.map((p) => `${p.code} ${p.nameVi}`).join(', ');

/** The lineage as lines of text: the place, then what it became or came from. */
export function lineageText(l: Lineage): string[] {
  const head = `${l.geo.code} ${l.geo.nameVi} (${l.geo.nameEn}), ${l.geo.kind}`;
  if (l.changedOn === null) return [head, 'Not changed by the 1 July 2025 merger.'];
  if (l.geo.kind === 'locality') return [head, `Formed on ${l.changedOn} from: ${named(l.predecessors)}`];
  const lines = [head, `Merged on ${l.changedOn} into: ${named(l.successor ? [l.successor] : [])}`];
  if (l.siblings.length > 0) lines.push(`Together with: ${named(l.siblings)}`);
  return lines;
}

export async function runPlaces(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  const geo = values.geo;
  if (typeof geo !== 'string' || geo.trim() === '') throw new PlacesUsageError('--geo is required');
  const result = await dispatch(core.handlers, 'reference:lineage', { geo });
  if (!result.ok) {
    if (result.error.code === 'not-found') {
      io.err(`iip places: ${result.error.message}`);
      return 1;
    }
    if (result.error.code === 'bad-input') throw new PlacesUsageError(result.error.message);
    throw unhandledRefusal(result.error);
  }
  const lineage = result.value as Lineage;
  io.out(json ? JSON.stringify(lineage, null, 2) : lineageText(lineage).join('\n'));
  return 0;
}
