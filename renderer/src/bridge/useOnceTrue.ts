// For reads asked for only after something else has come (the first chart's figures): once the
// condition has held, it stays held, so a read started is not dropped and asked again each time the
// condition falls back (another series' figures loading).
import { useState } from 'react';

/** False until `condition` is first true; true from then on. */
export function useOnceTrue(condition: boolean): boolean {
  const [held, setHeld] = useState(condition);
  if (condition && !held) setHeld(true);
  return held || condition;
}
