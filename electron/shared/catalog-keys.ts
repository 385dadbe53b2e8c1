// The catalog's groups in the explorer's order, apart from the contract's schemas so the core's
// writers (and `iip get`, which loads no schema library) can name them.
export const CATALOG_KEYS = ['total', 'section', 'division', 'locality', 'product'] as const;
export type CatalogKey = (typeof CATALOG_KEYS)[number];
