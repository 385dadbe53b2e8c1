// Two checks on one figure's statements. The store keeps every statement of a figure; the app shows
// the newest and calls the older differing ones revisions (figures/select.ts), whoever stated them.
// Here the publisher decides what a difference is:
//  - the same publisher stating a figure again later revises it: revision-vs-first-estimate
//    compares its latest value with its first (information, not a failure);
//  - two publishers (a newspaper quoting the statistics office, a ministry) whose own latest values
//    differ beyond rounding disagree: sources-disagree.
import { stated } from '../../shared/analysis/precision.js';
import { currentOf, publisherKey, type FigureIndex, type Statement } from './figure-index.js';
import { Tally } from './findings.js';

/** A figure's statements (newest first) by publisher, each list newest first. */
function byPublisher(list: Statement[]): Map<string, Statement[]> {
  const groups = new Map<string, Statement[]>();
  for (const s of list) {
    const key = publisherKey(s.publisher);
    const own = groups.get(key);
    if (own) own.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

const asStated = (s: Statement) => stated(s.shown, s.decimals);

/** `releaseId`: only that release's statements, against the other publishers' (sources) or its publisher's first (revisions). */
export function checkSources(index: FigureIndex, releaseId: number | null): { disagree: Tally; revisions: Tally } {
  const disagree = new Tally('sources-disagree');
  const revisions = new Tally('revision-vs-first-estimate');
  for (const list of index.groups.values()) {
    const chosen = releaseId === null ? null : list.find((s) => s.releaseId === releaseId);
    if (releaseId !== null && !chosen) continue;
    const publishers = byPublisher(list);
    const latest = [...publishers.values()].map((own) => currentOf(own)!);

    if (publishers.size < 2) disagree.skip(list[0]!.seriesId, 'single-source');
    else if (chosen) {
      for (const other of latest) {
        if (publisherKey(other.publisher) === publisherKey(chosen.publisher)) continue;
        disagree.check(index, chosen, asStated(chosen), asStated(other), { origin: 'stated', method: null, sources: [index.stated(other)] });
      }
    } else {
      // Each pair once, the newer statement as the one checked.
      for (let i = 0; i < latest.length; i++)
        for (let j = i + 1; j < latest.length; j++) {
          const [newer, older] = isNewer(latest[i]!, latest[j]!) ? [latest[i]!, latest[j]!] : [latest[j]!, latest[i]!];
          disagree.check(index, newer, asStated(newer), asStated(older), { origin: 'stated', method: null, sources: [index.stated(older)] });
        }
    }

    for (const own of publishers.values()) {
      const first = own[own.length - 1]!;
      const revised = chosen ? (publisherKey(chosen.publisher) === publisherKey(first.publisher) ? chosen : null) : currentOf(own)!;
      if (!revised || revised === first || revised.publishedOn === first.publishedOn) continue;
      revisions.check(index, revised, asStated(revised), asStated(first), { origin: 'stated', method: null, sources: [index.stated(first)] });
    }
  }
  return { disagree, revisions };
}

const isNewer = (a: Statement, b: Statement): boolean => (a.publishedOn !== b.publishedOn ? a.publishedOn > b.publishedOn : a.releaseId > b.releaseId);
