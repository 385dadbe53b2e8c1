import type { contributionsChannels } from '../../shared/contract/contributions.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { contributionPeriods, contributionsFor, impliedWeightsFor } from './contributions.js';
import { parseWeightsFile, type WeightsVocabulary } from './weights-file.js';
import { listWeights, replaceWeights } from './weights-repository.js';

function vocabulary(db: Db): WeightsVocabulary {
  return {
    geos: new Set(
      statement<{ code: string }>(db, 'SELECT code FROM geos')
        .all()
        .map((g) => g.code),
    ),
    sections: statement<{ code: string }>(db, "SELECT code FROM items WHERE kind = 'section' ORDER BY code")
      .all()
      .map((i) => i.code),
  };
}

export function contributionsHandlers({ db }: CoreContext): DomainHandlers<typeof contributionsChannels> {
  return {
    handlers: {
      'analysis:contributions': async (q) => contributionsFor(db, q),
      'analysis:contribution-periods': async (q) => contributionPeriods(db, q.geo, q.basis, q.asOf ?? null),
      'analysis:weights': async (q) => ({ imported: listWeights(db, q.geo), implied: impliedWeightsFor(db, q.geo ?? 'VN', 'yoy') }),
      'analysis:weights-import': async ({ fileName, content }) => replaceWeights(db, fileName, parseWeightsFile(fileName, content, vocabulary(db))),
    },
  };
}
