// A store file taken back to what an older schema version left, so that opening it runs the later
// migrations again: the tables they added dropped, user_version set back.
import Database from 'better-sqlite3';

export function takeBackToVersion(file: string, userVersion: number, laterTables: readonly string[]): void {
  const db = new Database(file);
  db.exec(laterTables.map((table) => `DROP TABLE ${table};`).join('\n'));
  db.pragma(`user_version = ${userVersion}`);
  db.close();
}
