import type { referenceChannels } from '../../shared/contract/reference.js';
import { geoLineage } from '../../shared/merger/lineage.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { NotFoundError } from '../errors.js';
import { resolveGeo } from './names.js';
import { forgetUserAlias, listGeos, listUserAliases, toGeoRef } from './repository.js';

export function referenceHandlers({ db }: CoreContext): DomainHandlers<typeof referenceChannels> {
  return {
    handlers: {
      'reference:geos': async () => listGeos(db).map((g) => ({ ...toGeoRef(g), successor: g.successor })),
      'reference:lineage': async ({ geo }) => {
        const found = resolveGeo(db, geo);
        const lineage = found && geoLineage(listGeos(db), found.code);
        if (!lineage) throw new NotFoundError(`no locality or province '${geo}'`);
        return lineage;
      },
      'aliases:list': async () => listUserAliases(db),
      'aliases:forget': async ({ kind, folded, code }) => ({ forgotten: forgetUserAlias(db, kind, folded, code) }),
    },
  };
}
