// A date that is not on the calendar is refused where it comes in, saying which field: the bridge's
// channels and the command line.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { emptyStorePath } from '../helpers/store.js';
import { openStore } from '../../electron/core/store.js';
import { runIip } from '../helpers/cli.js';

describe('impossible dates', () => {
  const file = emptyStorePath();

  it('are refused by a channel with the field named', async () => {
    const store = openStore(file);
    const core = createCore({ db: store.db, storePath: file });
    const result = await dispatch(core.handlers, 'latest:summary', { asOf: '2025-02-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(JSON.stringify(result)).toMatch(/asOf.*no such date/);
    core.close();
    store.db.close();
  });

  it('are refused by iip get --as-of', async () => {
    const r = await runIip(['get', '--db', file, '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--as-of', '2025-13-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--as-of: expected a date YYYY-MM-DD that is on the calendar, got '2025-13-01'");
  });
});
