// The merger line's sentence for a lineage, as parts to render: text, and the places to name
// ({list} as "A, B and C", {into} as one name). Pure, tested directly.
import type { Lineage, Place } from '@shared/merger/lineage.js';
import type { MERGER_STRINGS } from './strings.js';

export type SentencePart = { text: string } | { place: Place };

type Words = (typeof MERGER_STRINGS)['en'];

/** The template for a lineage: formed from several provinces, or one; merged with others, or alone. */
function templateOf(lineage: Lineage, s: Words): { template: string; list: Place[]; into: Place | null } {
  if (lineage.geo.kind === 'locality')
    return { template: lineage.predecessors.length > 1 ? s.formedFrom : s.notMergedLocality, list: lineage.predecessors, into: null };
  return { template: lineage.siblings.length > 0 ? s.mergedInto : s.becameAlone, list: lineage.siblings, into: lineage.successor };
}

/** "A, B and C" as parts. */
function listParts(places: Place[], and: string): SentencePart[] {
  return places.flatMap((place, i): SentencePart[] => {
    if (i === 0) return [{ place }];
    return [{ text: i === places.length - 1 ? ` ${and} ` : ', ' }, { place }];
  });
}

/** The sentence's parts; none for a place the change did not touch. */
export function mergerSentence(lineage: Lineage, s: Words): SentencePart[] {
  if (lineage.changedOn === null) return [];
  const { template, list, into } = templateOf(lineage, s);
  return template
    .split(/(\{list\}|\{into\})/)
    .filter(Boolean)
    .flatMap((part): SentencePart[] => {
      if (part === '{list}') return listParts(list, s.and);
      if (part === '{into}') return into ? [{ place: into }] : [];
      return [{ text: part }];
    });
}
