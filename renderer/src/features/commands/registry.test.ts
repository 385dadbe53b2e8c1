import { describe, expect, it } from 'vitest';
import { createActionRegistry } from './registry.js';

describe('the actions registry', () => {
  it('says an action nobody registered cannot run, with no reason of its own', () => {
    const registry = createActionRegistry();
    expect(registry.run('backup')).toEqual({ ran: false, reason: null });
  });

  it("runs a feature's handler before the shell's fallback, whichever came first, and the fallback again once the feature is gone", () => {
    const registry = createActionRegistry();
    const calls: string[] = [];
    const undoFeature = registry.register('export-chart', { run: () => void calls.push('menu') });
    registry.register('export-chart', { run: () => void calls.push('fallback'), fallback: true });
    expect(registry.run('export-chart')).toEqual({ ran: true });
    undoFeature();
    registry.run('export-chart');
    expect(calls).toEqual(['menu', 'fallback']);
  });

  it('runs the handler registered last when two features offer the same action', () => {
    const registry = createActionRegistry();
    const calls: string[] = [];
    registry.register('export-data', { run: () => void calls.push('series panel') });
    const undo = registry.register('export-data', { run: () => void calls.push('ranking panel') });
    registry.run('export-data');
    undo();
    registry.run('export-data');
    expect(calls).toEqual(['ranking panel', 'series panel']);
  });

  it('does not run an unavailable action and gives its reason', () => {
    const registry = createActionRegistry();
    let ran = false;
    registry.register('export-deck', { run: () => void (ran = true), unavailable: 'This deck has no slides yet' });
    expect(registry.run('export-deck')).toEqual({ ran: false, reason: 'This deck has no slides yet' });
    expect(ran).toBe(false);
  });

  it('runs a pending action once its feature registers it, and only once', () => {
    const registry = createActionRegistry();
    let backups = 0;
    registry.register('backup', { run: () => 'pending', fallback: true });
    expect(registry.run('backup')).toEqual({ ran: 'pending' });
    const undo = registry.register('backup', { run: () => void backups++ });
    expect(backups).toBe(1);
    undo();
    registry.register('backup', { run: () => void backups++ });
    expect(backups).toBe(1);
  });

  it('drops a pending action when another runs, when it waited too long, or when its feature cannot run it', () => {
    let now = 0;
    const registry = createActionRegistry(() => now);
    let ran = 0;
    registry.register('restore', { run: () => 'pending', fallback: true });
    registry.register('help', { run: () => undefined });

    registry.run('restore');
    registry.run('help');
    const a = registry.register('restore', { run: () => void ran++ });
    a();

    registry.run('restore');
    now = 10_001;
    const b = registry.register('restore', { run: () => void ran++ });
    b();

    now = 0;
    registry.run('restore');
    registry.register('restore', { run: () => void ran++, unavailable: 'no backups yet' });
    expect(ran).toBe(0);
  });

  it('tells its readers when handlers come and go', () => {
    const registry = createActionRegistry();
    let told = 0;
    registry.subscribe(() => told++);
    const v0 = registry.version();
    const undo = registry.register('transform:ma3', { run: () => undefined, label: '3-month average', kind: 'transform' });
    expect(registry.ids()).toEqual(['transform:ma3']);
    undo();
    expect(registry.ids()).toEqual([]);
    expect(told).toBe(2);
    expect(registry.version()).toBe(v0 + 2);
  });
});
