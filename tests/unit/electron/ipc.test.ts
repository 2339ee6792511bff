import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CANCELED, channels, type Result } from '@shared/ipc/contract';
import { dialog, fakeWebContents, ipcMain, shell } from './electron-mock';
import { registerIpcHandlers } from '../../../electron/main/ipc';

vi.mock('electron', () => import('./electron-mock'));

type Handler = (event: unknown, ...args: unknown[]) => Promise<Result<Record<string, unknown>>>;

const dir = mkdtempSync(join(tmpdir(), 'tezgah-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function handlers(): Map<string, Handler> {
  ipcMain.handle.mockClear();
  registerIpcHandlers(['app://tezgah']);
  return new Map(ipcMain.handle.mock.calls.map((call: unknown[]) => [call[0] as string, call[1] as Handler]));
}

function eventFrom(url: string | null, { subframe = false } = {}) {
  const sender = fakeWebContents();
  const senderFrame = url === null ? null : { url, parent: subframe ? {} : null };
  return { sender, senderFrame };
}
const trusted = () => eventFrom('app://tezgah/index.html#/orders');

/** Valid arguments per channel, used to show that only the sender makes the difference. */
const validArgs: Record<string, unknown> = {
  [channels.appInfo]: undefined,
  [channels.openExternal]: { url: 'https://www.etsy.com/' },
  [channels.saveFile]: { suggestedName: 'orders.csv', content: 'a,b' },
  [channels.openFile]: {},
  [channels.print]: {},
  [channels.printToPdf]: { suggestedName: 'note' },
};

const invalidArgs: [string, unknown][] = [
  [channels.appInfo, { unexpected: true }],
  [channels.openExternal, { url: 42 }],
  [channels.openExternal, { url: `https://example.com/${'a'.repeat(2_100)}` }],
  [channels.openExternal, 'https://example.com/'],
  [channels.openExternal, null],
  [channels.saveFile, { suggestedName: '', content: 'x' }],
  [channels.saveFile, { suggestedName: 'x'.repeat(256), content: 'x' }],
  [channels.saveFile, { suggestedName: 'a.csv', content: 12 }],
  [
    channels.saveFile,
    { suggestedName: 'a.csv', content: 'x', filters: [{ name: 'CSV', extensions: ['c/v'] }] },
  ],
  [channels.openFile, { maxBytes: -1 }],
  [channels.openFile, { maxBytes: 1e12 }],
  [channels.openFile, { maxBytes: '100' }],
  [channels.print, { silent: 'yes' }],
  [channels.print, { pageSize: 'B5' }],
  [channels.printToPdf, { suggestedName: 'n', pageSize: 'Card5x7' }],
  [channels.printToPdf, { pageSize: 'A4' }],
];

beforeEach(() => {
  vi.clearAllMocks();
  shell.openExternal.mockResolvedValue(undefined);
});

describe('registerIpcHandlers', () => {
  it('registers one handler for every channel of the contract', () => {
    const registered = handlers();
    expect([...registered.keys()].sort()).toEqual(Object.values(channels).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(Object.keys(channels).length);
  });
});

describe('sender check', () => {
  const all = handlers();

  it.each(Object.values(channels))('%s refuses a page from another origin', async (channel) => {
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('http://localhost:5173/'),
      eventFrom('file:///home/x/index.html'),
      eventFrom('app://tezgah/index.html', { subframe: true }),
      eventFrom(null),
    ]) {
      const result = await all.get(channel)?.(event, validArgs[channel]);
      expect(result).toEqual({ ok: false, reason: 'untrusted sender' });
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only when it is trusted', async () => {
    ipcMain.handle.mockClear();
    registerIpcHandlers(['app://tezgah', 'http://localhost:5173']);
    const appInfo = ipcMain.handle.mock.calls.find((call: unknown[]) => call[0] === channels.appInfo)?.[1];
    expect(await appInfo(eventFrom('http://localhost:5173/'))).toMatchObject({ ok: true });
  });
});

describe('argument validation', () => {
  const all = handlers();

  it.each(invalidArgs)('%s rejects %j', async (channel, args) => {
    const result = await all.get(channel)?.(trusted(), args);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.reason).toMatch(/^invalid arguments: /);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('rejects extra positional arguments', async () => {
    const result = await all.get(channels.openExternal)?.(trusted(), { url: 'https://a.example/' }, 'extra');
    expect(result?.ok).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('handlers with valid arguments', () => {
  const all = handlers();
  const call = (channel: string, args: unknown, event = trusted()) => all.get(channel)!(event, args);

  it('appInfo describes the desktop app', async () => {
    const result = await call(channels.appInfo, undefined);
    expect(result).toMatchObject({
      ok: true,
      info: {
        name: 'Tezgah',
        version: '0.1.0',
        desktop: true,
        userDataPath: '/fake/userData',
        locale: 'en-US',
      },
    });
  });

  it('openExternal opens https and mailto, nothing else', async () => {
    expect(await call(channels.openExternal, { url: 'https://www.etsy.com/your/shops' })).toEqual({
      ok: true,
    });
    expect(await call(channels.openExternal, { url: 'mailto:buyer@example.com' })).toEqual({ ok: true });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.com/',
      'app://tezgah/x',
      '',
    ]) {
      expect(await call(channels.openExternal, { url })).toMatchObject({ ok: false });
    }
    expect(shell.openExternal.mock.calls.map((c: unknown[]) => c[0])).toEqual([
      'https://www.etsy.com/your/shops',
      'mailto:buyer@example.com',
    ]);
  });

  it('never throws across IPC: a failing action becomes ok:false', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => undefined);
    await expect(call(channels.openExternal, { url: 'https://a.example/' })).resolves.toEqual({
      ok: false,
      reason: 'no browser',
    });
  });

  it('saveFile writes text and bytes where the person chose', async () => {
    const path = join(dir, 'orders.csv');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    expect(
      await call(channels.saveFile, { suggestedName: 'orders.csv', content: 'id,total\n1,500' }),
    ).toEqual({
      ok: true,
      path,
    });
    expect(readFileSync(path, 'utf8')).toBe('id,total\n1,500');
    await call(channels.saveFile, { suggestedName: 'b.bin', content: new Uint8Array([1, 2, 255]) });
    expect([...readFileSync(path)]).toEqual([1, 2, 255]);
  });

  it('saveFile suggests only a bare file name in Documents', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await call(channels.saveFile, {
      suggestedName: '../../.bashrc/evil.csv',
      content: 'x',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(result).toEqual({ ok: false, reason: CANCELED });
    const options = dialog.showSaveDialog.mock.calls[0]?.at(-1);
    expect(options).toEqual({
      defaultPath: join('/fake/documents', 'evil.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('openFile returns the chosen file and refuses files over maxBytes', async () => {
    const path = join(dir, 'etsy.csv');
    writeFileSync(path, 'a'.repeat(1_000));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const ok = await call(channels.openFile, { maxBytes: 1_000 });
    expect(ok).toMatchObject({ ok: true, name: 'etsy.csv' });
    expect(ok.ok && ok.content).toBeInstanceOf(Uint8Array);
    expect(ok.ok && (ok.content as Uint8Array).byteLength).toBe(1_000);

    const tooBig = await call(channels.openFile, { maxBytes: 999 });
    expect(tooBig).toMatchObject({ ok: false });
    expect(!tooBig.ok && tooBig.reason).toBe('file too large: 1000 bytes, limit 999');

    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await call(channels.openFile, {})).toEqual({ ok: false, reason: CANCELED });
  });

  it("print prints the sender's page with the chosen card size", async () => {
    const event = trusted();
    event.sender.print.mockImplementation((_options: unknown, done: (ok: boolean, reason: string) => void) =>
      done(true, ''),
    );
    expect(await call(channels.print, { pageSize: 'Card4x6' }, event)).toEqual({ ok: true });
    expect(event.sender.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false, pageSize: { width: 101_600, height: 152_400 } }),
      expect.any(Function),
    );
    event.sender.print.mockImplementation((_options: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Print job canceled'),
    );
    expect(await call(channels.print, {}, event)).toEqual({ ok: false, reason: CANCELED });
    event.sender.print.mockImplementation((_options: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Print job failed'),
    );
    expect(await call(channels.print, {}, event)).toEqual({ ok: false, reason: 'Print job failed' });
  });

  it("printToPdf saves the sender's page as a PDF at the chosen size", async () => {
    const event = trusted();
    const path = join(dir, 'note.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const result = await call(channels.printToPdf, { suggestedName: 'note', pageSize: 'Card35x2' }, event);
    expect(result).toEqual({ ok: true, path });
    expect(event.sender.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: { width: 3.5, height: 2 }, landscape: false }),
    );
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 fake');
    expect(dialog.showSaveDialog.mock.calls[0]?.at(-1)).toMatchObject({
      defaultPath: join('/fake/documents', 'note.pdf'),
    });
  });

  it('printToPdf renders nothing when the save dialog is cancelled', async () => {
    const event = trusted();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await call(channels.printToPdf, { suggestedName: 'note.pdf' }, event)).toEqual({
      ok: false,
      reason: CANCELED,
    });
    expect(event.sender.printToPDF).not.toHaveBeenCalled();
  });
});
