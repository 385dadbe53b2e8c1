// The installer configuration: Electron's fuses as docs/security.md states them, nothing but the
// built app packed, and the whole file valid by electron-builder's own schema.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../build/electron-builder.config.cjs') as { electronFuses: Record<string, boolean>; files: string[] };

describe('electron-builder configuration', () => {
  it('sets every fuse: no run-as-node, no NODE_OPTIONS, no inspector; cookie encryption, asar integrity, the app only from its asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app and the dataset, without tests, source maps or type declarations', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'data/**', 'package.json', '!**/*.map', '!**/*.test.*', '!**/*.d.ts', '!**/tests/**']));
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['dist/**', 'data/**', 'package.json']);
  });

  it('is valid by electron-builder’s own schema (up to where the Electron runtime would be fetched)', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // and it refuses what is not an option, so the check above can fail
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } }, new DebugLogger(false))).rejects.toThrow(
      /configuration\.electronFuses/,
    );
  });
});
