import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from './electron-mock';
import {
  createAppHandler,
  mimeType,
  registerAppProtocol,
  registerAppScheme,
  resolveInside,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

vi.mock('electron', () => import('./electron-mock'));

let dir: string;
let root: string;
let handler: (request: Request) => Promise<Response>;
const get = (url: string) => handler(new Request(url));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tezgah-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tezgah</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'inter.woff2'), 'wOF2');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  handler = createAppHandler(root);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetchable before ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
    const privileges = protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges;
    expect(privileges.bypassCSP).toBeFalsy();
  });

  it('handles the app scheme with the file handler', () => {
    registerAppProtocol(root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('createAppHandler', () => {
  it('serves index.html with the CSP header and an HTML type', async () => {
    for (const url of ['app://tezgah/index.html', 'app://tezgah/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Tezgah</title>');
    }
  });

  it('serves scripts, styles and fonts with their MIME types', async () => {
    const js = await get('app://tezgah/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://tezgah/assets/index-abc.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
    expect((await get('app://tezgah/assets/inter.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers 404 for missing files and other hosts', async () => {
    expect((await get('app://tezgah/assets/missing.js')).status).toBe(404);
    expect((await get('app://tezgah/customers/12')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await handler(new Request('app://tezgah/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    const head = await handler(new Request('app://tezgah/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
  });

  it.each([
    'app://tezgah/../secret.txt',
    'app://tezgah/%2e%2e/secret.txt',
    'app://tezgah/%2E%2E/secret.txt',
    'app://tezgah/..%2fsecret.txt',
    'app://tezgah/%2e%2e%2fsecret.txt',
    'app://tezgah/assets/..%2f..%2fsecret.txt',
    'app://tezgah/..%5csecret.txt',
    'app://tezgah/secret.txt%00.html',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('never serves /etc/passwd', async () => {
    for (const url of [
      'app://tezgah/../../etc/passwd',
      'app://tezgah/%2e%2e/%2e%2e/etc/passwd',
      'app://tezgah/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const response = await get(url);
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toMatch(/root:/);
    }
  });
});

describe('resolveInside', () => {
  it('maps request paths under the root and rejects escapes', () => {
    expect(resolveInside('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveInside('/srv/app', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/app', '/a%5c..%5c..%5cb')).toBeNull();
  });
});

describe('mimeType', () => {
  it('knows the renderer build types and falls back to octet-stream', () => {
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.PNG')).toBe('image/png');
    expect(mimeType('a.json')).toMatch(/^application\/json/);
    expect(mimeType('a.wasm')).toBe('application/wasm');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});
