// Decks from baskets: a slide pinned with what it shows, a deck refreshed from the store with its
// changes listed, and every slide's spec (titled as the user titled it) for the writers.
import type { Basket, ExportRequest, SlideChange } from '../../shared/contract/export.js';
import type { ChartSpec } from '../../shared/export/chart-spec.js';
import type { Db } from '../db/connection.js';
import { writeTransaction } from '../db/transactions.js';
import { addSlide, getBasket, setShown, shownOf } from './baskets-repository.js';
import { changesOf, shownValues } from './refresh.js';

/** Draws a request from the store as it is now. */
export type SpecOf = (request: ExportRequest) => ChartSpec;

export function pinSlide(db: Db, basketId: number, title: string, request: ExportRequest, specOf: SpecOf): Basket {
  const shown = shownValues(specOf(request));
  return writeTransaction(db, () => addSlide(db, basketId, title, request, shown));
}

export function refreshDeck(db: Db, basketId: number, specOf: SpecOf): { basket: Basket; changes: SlideChange[] } {
  const basket = getBasket(db, basketId);
  const drawn = basket.slides.map((slide) => ({ slide, shown: shownValues(specOf(slide.request)) }));
  const changes = drawn.flatMap(({ slide, shown }, index) => changesOf(index + 1, slide.title, shownOf(db, slide.id), shown));
  writeTransaction(db, () => {
    for (const { slide, shown } of drawn) setShown(db, slide.id, shown);
  });
  return { basket: getBasket(db, basketId), changes };
}

/** Every slide's spec in deck order, with the slide's own title. */
export function deckSpecs(db: Db, basketId: number, specOf: SpecOf): { basket: Basket; specs: ChartSpec[] } {
  const basket = getBasket(db, basketId);
  return { basket, specs: basket.slides.map((slide) => ({ ...specOf(slide.request), title: slide.title })) };
}
