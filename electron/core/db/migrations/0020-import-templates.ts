// Schema version 20: layout templates for spreadsheets the user mapped in the import preview.
export const version = 20;

export const sql = `
CREATE TABLE importTemplates (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  -- The XlsxTemplate (electron/shared/xlsx-template.ts) as JSON.
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  createdAt TEXT NOT NULL,
  lastUsedAt TEXT
) STRICT;
`;
