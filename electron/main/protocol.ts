import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '@shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Must run before `app` is ready. standard+secure give app:// a real origin with IndexedDB and a secure
 * context; codeCache lets V8 reuse compiled scripts between launches.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function respond(
  status: number,
  body: Uint8Array | string | null,
  contentType = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

/**
 * The file under `root` that a request path names, or null when the path is malformed or leaves `root`
 * (`..`, encoded `%2e%2e` / `%2f`, backslashes, NUL).
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded === '/' || decoded === '' ? '/index.html' : decoded}`);
  return file.startsWith(base + sep) ? file : null;
}

/** Serves the built renderer (the app routes with a hash, so there is no index.html fallback). */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return respond(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return respond(404, 'Not found');
    const file = resolveInside(root, url.pathname);
    if (file === null) return respond(403, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return respond(404, 'Not found');
    }
    return respond(200, request.method === 'HEAD' ? null : body, mimeType(file));
  };
}

/** Must run after `app` is ready. */
export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
