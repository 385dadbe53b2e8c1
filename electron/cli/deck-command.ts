// `iip deck`: the slide baskets (decks) saved in the app, for decks built by script every month.
//   iip deck list [--json]
//   iip deck refresh NAME [--json]          what changed since the deck was last drawn
//   iip deck export NAME --out FILE.pptx [--aspect 16:9|4:3]
// Exit 0 ok, 1 no such deck (or nothing to export), 2 bad arguments.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/handlers.js';
import { dispatch } from '../core/dispatch.js';
import type { Channel, In, Out } from '../shared/contract/index.js';
import type { SlideChange } from '../shared/contract/export.js';
import { formatNumber } from '../shared/format.js';
import { renderTable } from './format.js';
import { UsageError } from './usage.js';
import { unhandledRefusal } from './failure.js';

export class DeckUsageError extends UsageError {
  override name = 'DeckUsageError';
}
class Rejected extends Error {}

type Values = { [option: string]: string | boolean | string[] | undefined; _: string[] };
type Io = { out: (line: string) => void; err: (line: string) => void };

async function call<C extends Channel>(core: Core, channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (result.ok) return result.value as Out<C>;
  if (result.error.code === 'not-found' || result.error.code === 'bad-input') throw new Rejected(result.error.message);
  throw unhandledRefusal(result.error);
}

async function deckNamed(core: Core, name: string | undefined) {
  if (!name) throw new DeckUsageError('give the deck NAME (see iip deck list)');
  const deck = (await call(core, 'baskets:list', {})).find((d) => d.name.toLowerCase() === name.trim().toLowerCase());
  if (!deck) throw new Rejected(`no deck called '${name}' (see iip deck list)`);
  return deck;
}

const changeLine = (c: SlideChange): string =>
  `Slide ${c.slide}, ${c.periodLabel}, ${c.subject}: ${c.before === null ? '—' : formatNumber(c.before, 1, 'en')} → ${c.after === null ? '—' : formatNumber(c.after, 1, 'en')}`;

export async function runDeck(core: Core, values: Values, json: boolean, io: Io): Promise<number> {
  const [verb, name, ...extra] = values._;
  if (extra.length > 0) throw new DeckUsageError(`unexpected argument '${extra[0]}' (quote a NAME with spaces)`);
  try {
    switch (verb) {
      case 'list': {
        const decks = await call(core, 'baskets:list', {});
        if (json) io.out(JSON.stringify(decks, null, 2));
        else if (decks.length === 0) io.out('No decks. Pin charts with "Add to deck" in the app.');
        else
          io.out(
            renderTable(
              ['name', 'slides', 'updated'],
              decks.map((d) => [d.name, String(d.slides.length), d.updatedAt.slice(0, 10)]),
            ),
          );
        return 0;
      }
      case 'refresh': {
        const deck = await deckNamed(core, name);
        const { changes } = await call(core, 'baskets:refresh', { basketId: deck.id });
        if (json) io.out(JSON.stringify({ deck: deck.name, changes }, null, 2));
        else io.out(changes.length === 0 ? `No number changed in '${deck.name}' since it was last refreshed.` : changes.map(changeLine).join('\n'));
        return 0;
      }
      case 'export': {
        const out = typeof values.out === 'string' ? values.out : undefined;
        if (!out || !out.toLowerCase().endsWith('.pptx')) throw new DeckUsageError('--out FILE.pptx is required');
        const aspect = values.aspect ?? '16:9';
        if (aspect !== '16:9' && aspect !== '4:3') throw new DeckUsageError(`--aspect: expected 16:9 or 4:3, got '${String(aspect)}'`);
        if (!fs.existsSync(path.dirname(path.resolve(out)))) throw new DeckUsageError(`--out: no folder ${path.dirname(path.resolve(out))}`);
        const deck = await deckNamed(core, name);
        if (deck.slides.length === 0) throw new Rejected(`the deck '${deck.name}' has no slides`);
        const file = await call(core, 'baskets:export', { basketId: deck.id, aspect });
        const temp = `${out}.${process.pid}.tmp`;
        try {
          fs.writeFileSync(temp, Buffer.from(file.dataBase64, 'base64'));
          fs.renameSync(temp, out);
        } finally {
          fs.rmSync(temp, { force: true });
        }
        io.out(json ? JSON.stringify({ out: path.resolve(out), slides: deck.slides.length }) : `Wrote ${out} (${deck.slides.length} slides).`);
        return 0;
      }
      default:
        throw new DeckUsageError(verb === undefined ? 'give list, refresh or export' : `unknown deck command '${verb}' (list, refresh, export)`);
    }
  } catch (error) {
    if (error instanceof Rejected) {
      io.err(`iip deck: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
