// A figures:points point's packed flags read back: ((baseYear × 16 + status × 4 + unit) × 2 + revised).
import { STATUSES, UNITS, type Status, type Unit } from './domain-terms.js';

export interface PointFlags {
  revised: boolean;
  unit: Unit;
  status: Status;
  baseYear: number;
}

export function pointFlags(packed: number): PointFlags {
  const kind = Math.floor(packed / 2);
  return { revised: packed % 2 === 1, unit: UNITS[kind % 4]!, status: STATUSES[Math.floor(kind / 4) % 4]!, baseYear: Math.floor(kind / 16) };
}
