// Slide baskets in the store: plain functions of (db, args), rows with their converters.
import type { Basket, ExportRequest } from '../../shared/contract/export.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { writeTransaction } from '../db/transactions.js';
import { ConflictError, NotFoundError } from '../errors.js';

/** A number a slide showed, kept to tell what a later release changed. */
export interface ShownValue {
  subject: string;
  period: string;
  periodLabel: string;
  value: number;
}

interface BasketRow {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}

interface SlideRow {
  id: number;
  basketId: number;
  position: number;
  title: string;
  request: string;
  shown: string;
}

const now = (): string => new Date().toISOString();

function slidesOf(db: Db, basketId: number): SlideRow[] {
  return statement<SlideRow>(db, 'SELECT id, basketId, position, title, request, shown FROM basketSlides WHERE basketId = ? ORDER BY position, id').all(
    basketId,
  );
}

const toBasket = (db: Db, row: BasketRow): Basket => ({
  ...row,
  slides: slidesOf(db, row.id).map((s) => ({ id: s.id, position: s.position, title: s.title, request: JSON.parse(s.request) as ExportRequest })),
});

export function listBaskets(db: Db): Basket[] {
  return statement<BasketRow>(db, 'SELECT id, name, createdAt, updatedAt FROM baskets ORDER BY name COLLATE NOCASE')
    .all()
    .map((r) => toBasket(db, r));
}

export function getBasket(db: Db, id: number): Basket {
  const row = statement<BasketRow>(db, 'SELECT id, name, createdAt, updatedAt FROM baskets WHERE id = ?').get(id);
  if (!row) throw new NotFoundError(`no deck with id ${id}`);
  return toBasket(db, row);
}

export function basketByName(db: Db, name: string): Basket | undefined {
  const row = statement<BasketRow>(db, 'SELECT id, name, createdAt, updatedAt FROM baskets WHERE name = ? COLLATE NOCASE').get(name.trim());
  return row && toBasket(db, row);
}

export function createBasket(db: Db, name: string): Basket {
  return writeTransaction(db, () => {
    if (basketByName(db, name)) throw new ConflictError(`a deck called '${name.trim()}' already exists`);
    const at = now();
    const id = Number(statement(db, 'INSERT INTO baskets (name, createdAt, updatedAt) VALUES (?, ?, ?)').run(name.trim(), at, at).lastInsertRowid);
    return getBasket(db, id);
  });
}

const touch = (db: Db, basketId: number): void => void statement(db, 'UPDATE baskets SET updatedAt = ? WHERE id = ?').run(now(), basketId);

export function renameBasket(db: Db, id: number, name: string): Basket {
  return writeTransaction(db, () => {
    const other = basketByName(db, name);
    if (other && other.id !== id) throw new ConflictError(`a deck called '${name.trim()}' already exists`);
    getBasket(db, id);
    statement(db, 'UPDATE baskets SET name = ? WHERE id = ?').run(name.trim(), id);
    touch(db, id);
    return getBasket(db, id);
  });
}

export function deleteBasket(db: Db, id: number): boolean {
  return writeTransaction(db, () => statement(db, 'DELETE FROM baskets WHERE id = ?').run(id).changes > 0);
}

export function addSlide(db: Db, basketId: number, title: string, request: ExportRequest, shown: ShownValue[]): Basket {
  getBasket(db, basketId);
  const next = statement<{ next: number }>(db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM basketSlides WHERE basketId = ?').get(basketId)!.next;
  statement(db, 'INSERT INTO basketSlides (basketId, position, title, request, shown, addedAt) VALUES (?, ?, ?, ?, ?, ?)').run(
    basketId,
    next,
    title,
    JSON.stringify(request),
    JSON.stringify(shown),
    now(),
  );
  touch(db, basketId);
  return getBasket(db, basketId);
}

function slideRow(db: Db, slideId: number): SlideRow {
  const row = statement<SlideRow>(db, 'SELECT id, basketId, position, title, request, shown FROM basketSlides WHERE id = ?').get(slideId);
  if (!row) throw new NotFoundError(`no slide with id ${slideId}`);
  return row;
}

export function removeSlide(db: Db, slideId: number): Basket {
  return writeTransaction(db, () => {
    const { basketId } = slideRow(db, slideId);
    statement(db, 'DELETE FROM basketSlides WHERE id = ?').run(slideId);
    renumber(
      db,
      basketId,
      slidesOf(db, basketId).map((s) => s.id),
    );
    return getBasket(db, basketId);
  });
}

/** Moves a slide to `position` (0 first); the others keep their order around it. */
export function moveSlide(db: Db, slideId: number, position: number): Basket {
  return writeTransaction(db, () => {
    const { basketId } = slideRow(db, slideId);
    const order = slidesOf(db, basketId)
      .map((s) => s.id)
      .filter((id) => id !== slideId);
    order.splice(Math.min(position, order.length), 0, slideId);
    renumber(db, basketId, order);
    return getBasket(db, basketId);
  });
}

function renumber(db: Db, basketId: number, order: number[]): void {
  const set = statement(db, 'UPDATE basketSlides SET position = ? WHERE id = ?');
  order.forEach((id, position) => set.run(position, id));
  touch(db, basketId);
}

export function retitleSlide(db: Db, slideId: number, title: string): Basket {
  return writeTransaction(db, () => {
    const { basketId } = slideRow(db, slideId);
    statement(db, 'UPDATE basketSlides SET title = ? WHERE id = ?').run(title, slideId);
    touch(db, basketId);
    return getBasket(db, basketId);
  });
}

export function shownOf(db: Db, slideId: number): ShownValue[] {
  return JSON.parse(slideRow(db, slideId).shown) as ShownValue[];
}

export function setShown(db: Db, slideId: number, shown: ShownValue[]): void {
  statement(db, 'UPDATE basketSlides SET shown = ? WHERE id = ?').run(JSON.stringify(shown), slideId);
}
