// Loads the catalog's pages for the current search, one request at a time and only ever for the
// latest search: an answer to an older search is dropped (it never replaces a newer one), and while a
// request is out, searches typed meanwhile wait, so only the last is ever sent. The main process is
// never handed a queue of work nobody will look at. Pure: no React, no bridge. Any paged list can
// use it (the notes list does): `Page` is what one request answers.
import type { CatalogPage } from '@shared/contract/catalog.js';

/** Asks for one page (its number) of one search (its key). */
export type FetchPage<Page = CatalogPage> = (searchKey: string, page: number) => Promise<Page>;

export interface LoaderState<Page = CatalogPage> {
  searchKey: string | null;
  /** The current search's pages received, by number. */
  pages: ReadonlyMap<number, Page>;
}

export class PageLoader<Page = CatalogPage> {
  private searchKey: string | null = null;
  private pages = new Map<number, Page>();
  /** Pages of the current search that failed: not asked again until the search changes. */
  private failed = new Set<number>();
  private wanted: number[] = [];
  private pending: { searchKey: string; page: number } | null = null;

  constructor(
    private readonly fetchPage: FetchPage<Page>,
    private readonly onChange: (state: LoaderState<Page>) => void,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** A new search (or the same one after the store changed, under a new key): its pages start empty. */
  search(searchKey: string): void {
    if (searchKey === this.searchKey) return;
    this.searchKey = searchKey;
    this.pages = new Map();
    this.failed.clear();
    this.wanted = [0];
    this.onChange(this.state());
    this.next();
  }

  /** The pages the list shows now, first needed first; those received are not asked again. The first page (with the counts the list is laid out by) is always wanted. */
  want(pages: number[]): void {
    this.wanted = [0, ...pages];
    this.next();
  }

  state(): LoaderState<Page> {
    return { searchKey: this.searchKey, pages: this.pages };
  }

  /** True while a request is out (for tests). */
  get busy(): boolean {
    return this.pending !== null;
  }

  private next(): void {
    if (this.pending || this.searchKey === null) return;
    const page = this.wanted.find((p) => !this.pages.has(p) && !this.failed.has(p));
    if (page === undefined) return;
    const asked = { searchKey: this.searchKey, page };
    this.pending = asked;
    this.fetchPage(asked.searchKey, page).then(
      (answer) => this.settle(asked, () => (this.pages = new Map(this.pages).set(page, answer))),
      (err: unknown) =>
        this.settle(asked, () => {
          this.failed.add(page);
          this.onError(err);
        }),
    );
  }

  /** Keeps what came back only if it answers the current search; then asks for what is still wanted. */
  private settle(asked: { searchKey: string; page: number }, keep: () => void): void {
    this.pending = null;
    if (asked.searchKey === this.searchKey) {
      keep();
      this.onChange(this.state());
    }
    this.next();
  }
}
