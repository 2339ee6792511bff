// A screen's first read, started at boot (as soon as the database is open) instead of after React's first
// render. The screen shows it until its own live query (which keeps it current) answers, then releases it so
// a later visit reads afresh. While the boot read is under way the screen starts no read of its own: the
// database answers one request after another, and a second copy of the same reads would only delay the first.
// A store, not Suspense: React holds back revealing suspended content, which would cost more than it saves.
import { useSyncExternalStore } from 'react';

export interface Primed<T> {
  /** The boot read is under way: wait for it rather than read the same again. */
  pending: boolean;
  data: T | undefined;
}

export interface BootRead<T> {
  start(read: () => Promise<T>): Promise<void>;
  release(): void;
  use(): Primed<T>;
}

const idle: Primed<never> = { pending: false, data: undefined };

export function bootRead<T>(): BootRead<T> {
  let state: Primed<T> = idle;
  const listeners = new Set<() => void>();
  const set = (next: Primed<T>) => {
    state = next;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  return {
    start(read) {
      set({ pending: true, data: undefined });
      return read().then(
        (data) => set({ pending: false, data }),
        () => set(idle), // the screen's own live query reads again and reports the failure
      );
    },
    release() {
      // Quietly: the screen that releases has its own data by then.
      state = idle;
    },
    use: () => useSyncExternalStore(subscribe, () => state),
  };
}

/** The path of a location hash (`#/orders?view=table` → `/orders`). */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] ?? '';
}
