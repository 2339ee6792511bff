import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, type DesktopApi } from '@shared/ipc/contract';
import { contextBridge, ipcRenderer } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

let exposed: [string, DesktopApi][];

beforeAll(async () => {
  await import('../../../electron/preload/index');
  exposed = contextBridge.exposeInMainWorld.mock.calls as [string, DesktopApi][];
});

describe('preload', () => {
  it('exposes exactly one object, `desktop`', () => {
    expect(exposed.map(([key]) => key)).toEqual(['desktop']);
  });

  it('exposes only functions, never ipcRenderer itself', () => {
    const api = exposed[0]![1] as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it.each(Object.entries(channels))('%s invokes %s with the arguments as given', async (method, channel) => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, marker: method });
    const api = exposed[0]![1] as unknown as Record<string, (args?: unknown) => Promise<unknown>>;
    const args = method === 'appInfo' ? undefined : { probe: method };
    await expect(api[method]!(args)).resolves.toEqual({ ok: true, marker: method });
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke.mock.calls[0]).toEqual(args === undefined ? [channel] : [channel, args]);
  });

  it('imports nothing a sandboxed preload cannot load (only electron and the zod-free channel list)', () => {
    const source = readFileSync(new URL('../../../electron/preload/index.ts', import.meta.url), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(valueImports.sort()).toEqual(['@shared/ipc/channels', 'electron']);
    const channelsSource = readFileSync(new URL('../../../shared/ipc/channels.ts', import.meta.url), 'utf8');
    expect(channelsSource).not.toMatch(/^\s*import\s/m);
  });
});
