import { APP_ORIGIN } from '@shared/ipc/contract';

/**
 * `scheme://host[:port]` of a URL, or null. Node's `URL.origin` is "null" for non-special schemes such as
 * app:, so it is rebuilt from protocol and host.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (!u.host) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

/** The origin of the electron-vite dev server, only when it was started by `electron-vite dev`. */
export function devServerOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  return url ? originOf(url) : null;
}

/** Origins whose pages may navigate within the app and call IPC. */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const dev = devServerOrigin(env);
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[] = trustedOrigins()): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
