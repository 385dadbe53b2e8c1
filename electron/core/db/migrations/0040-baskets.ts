// Schema version 40: slide baskets — named decks of pinned charts, each slide the request that
// draws it and the numbers it showed when last refreshed (to list what a new release changed).
export const version = 40;

export const sql = `
CREATE TABLE baskets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  createdAt TEXT NOT NULL,
  updatedAt TEXT NOT NULL
) STRICT;

CREATE TABLE basketSlides (
  id INTEGER PRIMARY KEY,
  basketId INTEGER NOT NULL REFERENCES baskets (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  -- The ExportRequest (electron/shared/contract/export.ts) as JSON.
  request TEXT NOT NULL CHECK (json_valid(request)),
  -- What the slide showed when last drawn: [{subject, period, periodLabel, value}], as JSON.
  shown TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(shown)),
  addedAt TEXT NOT NULL
) STRICT;

CREATE INDEX basketSlidesByBasket ON basketSlides (basketId, position);
`;
