// The period the latest-release view shows; null means the latest the store has.
import { createStore } from '../../state/createStore.js';

export const latestPeriodStore = createStore<string | null>(null);
