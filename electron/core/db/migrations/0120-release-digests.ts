// Schema version 120: a digest of each release's figures (issue 13). SQLite's integrity check
// proves the file's structure, not its values: a flipped bit in a stored number leaves a well-formed
// page. The digest, written when a release is stored (or, for a very large one, by the next
// `iip check`), lets `iip check` name the release whose figures changed since. Releases stored before
// this version are digested by the app right after migrating (db/release-digests.ts), trusting
// their figures as they are then.
export const version = 120;

export const sql = `
CREATE TABLE releaseDigests (
  releaseId INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
  figureCount INTEGER NOT NULL,
  sha256 TEXT NOT NULL
) STRICT;
`;
