import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { fakeWebContents, shell } from './electron-mock';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../../electron/main/security';
import { isTrustedUrl, originOf, trustedOrigins } from '../../../electron/main/origins';

vi.mock('electron', () => import('./electron-mock'));

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

beforeEach(() => vi.clearAllMocks());

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it('shuts plugins, base rewriting, framing and form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('has exactly the agreed directives', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    );
  });
});

describe('secureWebPreferences', () => {
  it('sandboxes the renderer and keeps node out of it', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    });
  });
});

describe('origins', () => {
  it("rebuilds app://tezgah's origin (Node reports 'null' for non-special schemes)", () => {
    expect(new URL('app://tezgah/index.html').origin).toBe('null');
    expect(originOf('app://tezgah/index.html#/orders')).toBe('app://tezgah');
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(originOf('not a url')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
  });

  it('trusts the dev server only when electron-vite dev set it', () => {
    expect(trustedOrigins({})).toEqual(['app://tezgah']);
    expect(trustedOrigins({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toEqual([
      'app://tezgah',
      'http://localhost:5173',
    ]);
  });

  it('does not mistake look-alike hosts for the app', () => {
    const origins = ['app://tezgah'];
    expect(isTrustedUrl('app://tezgah/x', origins)).toBe(true);
    expect(isTrustedUrl('app://tezgah.evil/x', origins)).toBe(false);
    expect(isTrustedUrl('app://evil/x', origins)).toBe(false);
    expect(isTrustedUrl('https://tezgah/x', origins)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function hardened(origins = ['app://tezgah']) {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents, origins);
    return contents;
  }

  it('lets the app navigate within its own origin', () => {
    const contents = hardened();
    expect(contents.emit('will-navigate', 'app://tezgah/index.html#/customers')).toBe(false);
    expect(contents.emit('will-redirect', 'app://tezgah/index.html')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation to any other origin, sending https links to the browser', () => {
    const contents = hardened();
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(contents.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('allows the dev server origin only when it is trusted', () => {
    const contents = hardened(['app://tezgah', 'http://localhost:5173']);
    expect(contents.emit('will-navigate', 'http://localhost:5173/#/orders')).toBe(false);
  });

  it('denies every new window and opens only https/mailto externally', () => {
    const contents = hardened();
    for (const url of [
      'https://www.etsy.com/shop/x',
      'mailto:a@b.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://insecure.example/',
      'app://tezgah/index.html',
    ]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls.map((call: unknown[]) => call[0])).toEqual([
      'https://www.etsy.com/shop/x',
      'mailto:a@b.example',
    ]);
  });

  it('refuses to attach a <webview>', () => {
    const contents = hardened();
    expect(contents.emit('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl?: string },
  ) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

  function hardened() {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((h: RequestHandler) => (request = h)),
      setPermissionCheckHandler: vi.fn((h: CheckHandler) => (check = h)),
    };
    hardenSession(session as unknown as Session, ['app://tezgah']);
    if (!request || !check) throw new Error('handlers not installed');
    const ask = (permission: string, requestingUrl: string): boolean => {
      let granted: boolean | undefined;
      request?.(null, permission, (g) => (granted = g), { requestingUrl });
      if (granted === undefined) throw new Error('callback not called');
      return granted;
    };
    return { ask, check };
  }

  it('denies permission requests, even from the app', () => {
    const { ask } = hardened();
    for (const permission of ['media', 'geolocation', 'openExternal', 'clipboard-read']) {
      expect(ask(permission, 'app://tezgah/index.html')).toBe(false);
    }
  });

  it('answers permission checks with false', () => {
    const { check } = hardened();
    for (const permission of ['media', 'geolocation', 'hid', 'usb', 'serial']) {
      expect(check(null, permission, 'app://tezgah')).toBe(false);
    }
  });

  it('grants clipboard writing to the app and to nobody else', () => {
    const { ask, check } = hardened();
    expect(ask('clipboard-sanitized-write', 'app://tezgah/index.html')).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'app://tezgah')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  it('lets the app, and nobody else, show notifications for due reminders', () => {
    const { ask, check } = hardened();
    expect(ask('notifications', 'app://tezgah/index.html')).toBe(true);
    expect(check(null, 'notifications', 'app://tezgah')).toBe(true);
    expect(ask('notifications', 'https://evil.example/')).toBe(false);
    expect(check(null, 'notifications', 'https://evil.example')).toBe(false);
  });
});
