import { describe, expect, it } from 'vitest';
import { latestAnswer } from './latestAnswer.js';

/** A promise and the functions that settle it, for answers that arrive in an order the test chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('latest answer only', () => {
  it('drops the answer to an older query that arrives after the newer one', async () => {
    const asked = new Map<string, ReturnType<typeof deferred<string>>>();
    const delivered: string[] = [];
    const ask = latestAnswer(
      (q: string) => {
        const d = deferred<string>();
        asked.set(q, d);
        return d.promise;
      },
      (q, answer) => delivered.push(`${q}=${answer}`),
      () => delivered.push('failed'),
    );
    ask('phu');
    ask('phu tho');
    asked.get('phu tho')!.resolve('Phú Thọ');
    asked.get('phu')!.resolve('Phú Thọ, Phú Yên');
    await Promise.resolve();
    await Promise.resolve();
    expect(delivered).toEqual(['phu tho=Phú Thọ']);
  });

  it('reports the failure of the latest query, not of an older one', async () => {
    const asked: ReturnType<typeof deferred<string>>[] = [];
    const failures: unknown[] = [];
    const ask = latestAnswer(
      () => {
        const d = deferred<string>();
        asked.push(d);
        return d.promise;
      },
      () => undefined,
      (err) => failures.push(err),
    );
    ask('a');
    ask('b');
    asked[0]!.reject('old');
    asked[1]!.reject('new');
    await new Promise((r) => setTimeout(r, 0));
    expect(failures).toEqual(['new']);
  });
});
