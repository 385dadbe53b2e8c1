// The shell room through the handler table on a real store: files the OS handed to the app (offered
// by main's FileHandOver) are staged and previewed like the window's own, each path once; a path the
// page names itself is refused with `forbidden`; the language reaches the menu. In the web host, the
// same calls answer harmlessly.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { ShellSide } from '../../electron/core/shell/side.js';
import { openStore } from '../../electron/core/store.js';
import { startHost } from '../../electron/host/server.js';
import { FileHandOver } from '../../electron/main/open-files.js';
import type { Lang } from '../../electron/shared/lang.js';
import { apiCall } from '../helpers/http.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const CSV = 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2025-12,yoy,pct,10.1,estimate\n';

describe('the shell room with a desktop shell', () => {
  const store = openStore(tempStorePath());
  const stagingDir = tempDir();
  const handOver = new FileHandOver();
  const languages: Lang[] = [];
  const shell: ShellSide = {
    languageChanged: (lang) => languages.push(lang),
    windowListening: () => handOver.windowListening(),
    takeOfferedFile: (p) => handOver.take(p),
    showStoreFolder: () => true,
  };
  const core = createCore({ db: store.db, storePath: store.path, staging: { parentDir: stagingDir }, shell });
  const call = (channel: string, input: unknown) => dispatch(core.handlers, channel, input);
  afterAll(() => {
    core.close();
    store.db.close();
  });
  const files = tempDir();
  const release = path.join(files, 'iip-2025-12.csv');
  fs.writeFileSync(release, CSV);

  it('gives the window the files offered before it listened, stages an offered file and previews it', async () => {
    handOver.offer([release]);
    expect(await call('shell:pending-files', {})).toEqual({ ok: true, value: { paths: [release] } });
    const staged = await call('shell:stage-file', { path: release });
    expect(staged).toMatchObject({ ok: true, value: { fileName: 'iip-2025-12.csv', size: Buffer.byteLength(CSV) } });
    const stagedId = (staged as { value: { stagedId: string } }).value.stagedId;
    // the staged copy is the file, byte for byte
    const [folder] = fs.readdirSync(stagingDir);
    expect(fs.readFileSync(path.join(stagingDir, folder!, `${stagedId}.staged`), 'utf8')).toBe(CSV);
    const preview = await call('import:preview', { stagedIds: [stagedId] });
    expect(preview).toMatchObject({ ok: true, value: { ready: true, files: [{ fileName: 'iip-2025-12.csv', figures: [{ value: 10.1 }] }] } });
  });

  it('refuses a path offered once and taken, and any path the page names itself', async () => {
    const again = await call('shell:stage-file', { path: release });
    expect(again).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const secret = path.join(files, 'secret.csv');
    fs.writeFileSync(secret, CSV);
    for (const p of [secret, '/etc/passwd', `${files}/../${path.basename(files)}/secret.csv`])
      expect(await call('shell:stage-file', { path: p }), p).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('shell:read-notes-file', { path: secret })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('says when an offered file went away, and refuses an offered notes file as a release (and the other way round)', async () => {
    const gone = path.join(files, 'gone.csv');
    fs.writeFileSync(gone, CSV);
    handOver.offer([gone]);
    fs.rmSync(gone);
    expect(await call('shell:stage-file', { path: gone })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/^gone\.csv: the file is no longer there/) },
    });
    const notes = path.join(files, 'team.iipnotes');
    fs.writeFileSync(notes, '{"format":"iip-notes"}');
    handOver.offer([notes]);
    expect(await call('shell:stage-file', { path: notes })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // …but the wrong kind did not spend the offer
    expect(await call('shell:read-notes-file', { path: notes })).toEqual({ ok: true, value: { fileName: 'team.iipnotes', content: '{"format":"iip-notes"}' } });
  });

  it('passes the window’s language to the shell, and refuses a language it does not speak', async () => {
    expect(await call('shell:language', { lang: 'vi' })).toEqual({ ok: true, value: {} });
    expect(await call('shell:language', { lang: 'fr' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(languages).toEqual(['vi']);
    expect(await call('shell:show-store-folder', {})).toEqual({ ok: true, value: { shown: true } });
  });
});

describe('the shell room in the web host (no desktop shell)', () => {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  afterAll(() => {
    core.close();
    store.db.close();
  });

  it('answers the language and the pending files harmlessly, and reads no path', async () => {
    const host = await startHost({ handlers: core.handlers });
    try {
      const post = async (channel: string, body: unknown) => JSON.parse((await apiCall(host.port, host.token, channel, JSON.stringify(body))).body) as unknown;
      expect(await post('shell:language', { lang: 'en' })).toEqual({ ok: true, value: {} });
      expect(await post('shell:pending-files', {})).toEqual({ ok: true, value: { paths: [] } });
      expect(await post('shell:show-store-folder', {})).toEqual({ ok: true, value: { shown: false } });
      const file = path.join(tempDir(), 'a.csv');
      fs.writeFileSync(file, CSV);
      expect(await post('shell:stage-file', { path: file })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await host.close();
    }
  });
});
