/**
 * Runs f once the page is idle (or after `timeout` ms at the latest; a tenth of it where the browser has no idle callback) and returns the cancel, so a component
 * that unmounts first never sets state on a torn-down tree.
 */
export function whenIdle(f: () => void, timeout = 1_000): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(f, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(f, timeout / 10);
  return () => window.clearTimeout(id);
}
