import { describe, expect, it } from 'vitest';
import type { CatalogPage } from '@shared/contract/catalog.js';
import { PageLoader, type LoaderState } from './pageLoader.js';

/** A fetch whose answers the test gives, in any order. */
function controlledFetch() {
  const asked: { key: string; page: number; answer: (p: CatalogPage) => Promise<void>; fail: (e: Error) => Promise<void> }[] = [];
  const fetchPage = (key: string, page: number) =>
    new Promise<CatalogPage>((resolve, reject) => {
      // Settling, then letting the loader's continuation run.
      const settle = (act: () => void) => {
        act();
        return new Promise<void>((r) => setTimeout(r, 0));
      };
      asked.push({ key, page, answer: (p) => settle(() => resolve(p)), fail: (e) => settle(() => reject(e)) });
    });
  return { asked, fetchPage };
}

const page = (offset: number, total: number): CatalogPage => ({ total, counts: [{ key: 'locality', count: total }], offset, groups: [] });

describe('the catalog page loader', () => {
  it('drops the answer to an older search: it never replaces the newer one', async () => {
    const { asked, fetchPage } = controlledFetch();
    const shown: LoaderState[] = [];
    const loader = new PageLoader(fetchPage, (s) => shown.push(s));
    loader.search('ha');
    loader.search('ha noi');
    expect(asked.map((a) => a.key)).toEqual(['ha']);
    // The older search's answer comes: not kept, and the newer search is asked for then.
    await asked[0]!.answer(page(0, 900));
    expect(loader.state().pages.size).toBe(0);
    expect(asked.map((a) => a.key)).toEqual(['ha', 'ha noi']);
    await asked[1]!.answer(page(0, 12));
    expect(loader.state()).toEqual({ searchKey: 'ha noi', pages: new Map([[0, page(0, 12)]]) });
    expect(shown.filter((s) => s.pages.size > 0).map((s) => s.searchKey)).toEqual(['ha noi']);
  });

  it('sends only the last of the searches typed while a request is out, one request at a time', async () => {
    const { asked, fetchPage } = controlledFetch();
    const loader = new PageLoader(fetchPage, () => {});
    for (const text of ['p', 'ph', 'phu', 'phu t', 'phu tho']) loader.search(text);
    expect(asked.map((a) => a.key)).toEqual(['p']);
    await asked[0]!.answer(page(0, 500));
    expect(asked.map((a) => a.key)).toEqual(['p', 'phu tho']);
    expect(loader.busy).toBe(true);
    await asked[1]!.answer(page(0, 3));
    expect(loader.busy).toBe(false);
    expect(loader.state().searchKey).toBe('phu tho');
  });

  it('asks for the pages in view once each, the first always, and not again after one failed', async () => {
    const { asked, fetchPage } = controlledFetch();
    const errors: unknown[] = [];
    const loader = new PageLoader(
      fetchPage,
      () => {},
      (e) => errors.push(e),
    );
    loader.search('');
    await asked[0]!.answer(page(0, 1000));
    loader.want([4, 5]);
    loader.want([4, 5]);
    expect(asked.map((a) => a.page)).toEqual([0, 4]);
    await asked[1]!.fail(new Error('gone'));
    expect(asked.map((a) => a.page)).toEqual([0, 4, 5]);
    await asked[2]!.answer(page(500, 1000));
    loader.want([4, 5, 0]);
    expect(asked.length).toBe(3);
    expect([...loader.state().pages.keys()]).toEqual([0, 5]);
    expect(errors).toEqual([new Error('gone')]);
  });
});
