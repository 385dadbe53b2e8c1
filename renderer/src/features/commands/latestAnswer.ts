// Asks for each new query and delivers only the answer to the latest one: an answer to an older
// query that arrives late is dropped, so a slow search never overwrites a newer one. Pure.
export function latestAnswer<Q, A>(ask: (query: Q) => Promise<A>, deliver: (query: Q, answer: A) => void, fail: (err: unknown) => void): (query: Q) => void {
  let latest = 0;
  return (query) => {
    const ticket = ++latest;
    ask(query).then(
      (answer) => {
        if (ticket === latest) deliver(query, answer);
      },
      (err: unknown) => {
        if (ticket === latest) fail(err);
      },
    );
  };
}
