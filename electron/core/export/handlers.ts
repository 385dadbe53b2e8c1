// The export domain's channels: one chart as a file, and slide baskets (decks) pinned, reordered,
// refreshed after a release and exported whole. Bytes go back to the caller, which saves them
// where the user chose (a save dialog in the app, a download in the web host).
import type { exportChannels, ExportFile, ExportRequest } from '../../shared/contract/export.js';
import type { ChartSpec } from '../../shared/export/chart-spec.js';
import { fileStem } from '../../shared/export/file-name.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { createBasket, deleteBasket, listBaskets, moveSlide, removeSlide, renameBasket, retitleSlide } from './baskets-repository.js';
import { buildChartSpec } from './build.js';
import { deckSpecs, pinSlide, refreshDeck } from './decks.js';
import { writeExport } from './formats/index.js';
import { FILE_TYPES, type ExportFormat, type WriteOptions } from './formats/writer.js';

/** A file name from a title, with the format's extension. */
export const fileNameOf = (title: string, format: ExportFormat): string => `${fileStem(title)}${FILE_TYPES[format].extension}`;

async function fileOf(specs: ChartSpec[], format: ExportFormat, title: string, options: WriteOptions): Promise<ExportFile> {
  const bytes = await writeExport(format, specs, options);
  return { fileName: fileNameOf(title, format), mime: FILE_TYPES[format].mime, dataBase64: Buffer.from(bytes).toString('base64') };
}

export function exportHandlers({ db }: CoreContext): DomainHandlers<typeof exportChannels> {
  const specOf = (request: ExportRequest): ChartSpec => buildChartSpec(db, request);
  return {
    handlers: {
      'export:chart': async ({ request, format, aspect, scale, transparent, pictureSlides }) => {
        const spec = specOf(request);
        return fileOf([spec], format, spec.title, { aspect, scale, transparent, pictureSlides });
      },
      'baskets:list': async () => listBaskets(db),
      'baskets:create': async ({ name }) => createBasket(db, name),
      'baskets:rename': async ({ basketId, name }) => renameBasket(db, basketId, name),
      'baskets:delete': async ({ basketId }) => ({ deleted: deleteBasket(db, basketId) }),
      'baskets:add-slide': async ({ basketId, title, request }) => pinSlide(db, basketId, title, request, specOf),
      'baskets:remove-slide': async ({ slideId }) => removeSlide(db, slideId),
      'baskets:move-slide': async ({ slideId, position }) => moveSlide(db, slideId, position),
      'baskets:retitle-slide': async ({ slideId, title }) => retitleSlide(db, slideId, title),
      'baskets:refresh': async ({ basketId }) => refreshDeck(db, basketId, specOf),
      'baskets:export': async ({ basketId, aspect }) => {
        const { basket, specs } = deckSpecs(db, basketId, specOf);
        return fileOf(specs, 'pptx', basket.name, { aspect });
      },
    },
  };
}
