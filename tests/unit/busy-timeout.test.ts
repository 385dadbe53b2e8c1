// The busy timeout (5 s unless IIP_BUSY_TIMEOUT_MS gives a whole number of milliseconds), its message,
// and which SQLite errors mean another process holds the lock.
import { describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, busyTimeoutMs } from '../../electron/core/db/connection.js';
import { isSqliteBusy, storeBusyMessage } from '../../electron/core/db/transactions.js';
import { errorCodeOf } from '../../electron/core/errors.js';

describe('the busy timeout', () => {
  it('is 5 s, or IIP_BUSY_TIMEOUT_MS when that is a whole number ≥ 0', () => {
    expect(BUSY_TIMEOUT_MS).toBe(5000);
    expect(busyTimeoutMs({})).toBe(5000);
    expect(busyTimeoutMs({ IIP_BUSY_TIMEOUT_MS: '250' })).toBe(250);
    expect(busyTimeoutMs({ IIP_BUSY_TIMEOUT_MS: '0' })).toBe(0);
    for (const wrong of ['', 'soon', '-1', '2.5']) expect(busyTimeoutMs({ IIP_BUSY_TIMEOUT_MS: wrong })).toBe(5000);
  });

  it('is named in the message in seconds from one second up', () => {
    expect(storeBusyMessage(5000)).toContain('waited 5 s');
    expect(storeBusyMessage(1250)).toContain('waited 1.3 s');
    expect(storeBusyMessage(300)).toContain('waited 300 ms');
  });

  it('knows SQLite’s busy and locked codes, the extended ones too', () => {
    const sqlite = (code: string) => Object.assign(new Error('database is locked'), { code });
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED']) {
      expect(isSqliteBusy(sqlite(code))).toBe(true);
      expect(errorCodeOf(sqlite(code))).toBe('busy');
    }
    expect(isSqliteBusy(sqlite('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
    expect(errorCodeOf(sqlite('SQLITE_IOERR'))).toBe('store-damaged');
  });
});
