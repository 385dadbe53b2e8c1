// Each figure once per file. A file that states one figure twice must give it the same value; a
// spreadsheet or statistical file that does not is refused (its cells contradict each other), while an
// article that does (a headline's estimate and the body's revision, or a period misread) keeps every
// value as a clash for the user to choose from.
import { locationParam } from '../../../shared/messages/said.js';
import { said } from '../../../shared/messages/import.js';
import type { FigureInput } from '../../../shared/domain.js';
import type { ClashDecision } from '../../../shared/contract/import.js';
import { parsePeriod } from '../../../shared/period.js';
import { ImportError } from '../types.js';
import { inSteps } from './progress.js';

type Stated = FigureInput & { location?: string | null; quote?: string | null };

/** A figure stated with different values, before its names are looked up. */
export interface RawClash<T extends Stated> {
  key: string;
  /** The first statement of each value, in the order the file gives them. */
  options: T[];
  chosen: ClashDecision | null;
}

/** "VN/TOTAL/iip/2025-07/yoy/pct" (and "/2015" for an index on a base year): one figure's identity. */
export function figureKey(f: FigureInput): string {
  const key = [f.geo, f.item, f.measure, parsePeriod(f.period)!.code, f.basis, f.unit].join('/');
  return f.baseYear ? `${key}/${f.baseYear}` : key;
}

/**
 * The file's figures with each stated once, and its clashes. `clashesAllowed` (articles) keeps a figure
 * stated with different values as a clash, its chosen value (from `choices`, by key) among the figures;
 * otherwise such a figure refuses the file, naming both places. A step at a time (see inSteps).
 */
export async function uniqueFigures<T extends Stated>(
  fileName: string,
  figures: T[],
  clashesAllowed: boolean,
  choices: ReadonlyMap<string, ClashDecision> = new Map(),
): Promise<{ figures: T[]; clashes: RawClash<T>[] }> {
  const groups = new Map<string, T[]>();
  await inSteps(figures, (f) => {
    const key = figureKey(f);
    const group = groups.get(key);
    if (!group) return void groups.set(key, [f]);
    if (!group.some((g) => g.value === f.value)) {
      if (!clashesAllowed) {
        const before = group[0]!;
        throw new ImportError(
          fileName,
          f.location ?? null,
          said('import.figure-twice', {
            value: f.value,
            figure: `${f.geo}/${f.item} ${f.period} ${f.basis}`,
            earlier: before.location ? locationParam(before.location) : said('import.an-earlier-place'),
            earlierValue: before.value,
          }),
        );
      }
      group.push(f);
    }
  });
  const unique: T[] = [];
  const clashes: RawClash<T>[] = [];
  for (const [key, options] of groups) {
    if (options.length === 1) {
      unique.push(options[0]!);
      continue;
    }
    const choice = choices.get(key);
    const kept = typeof choice === 'number' ? options.find((o) => o.value === choice) : undefined;
    clashes.push({ key, options, chosen: kept || choice === 'leave-out' ? choice! : null });
    if (kept) unique.push(kept);
  }
  return { figures: unique, clashes };
}
