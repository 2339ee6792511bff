/**
 * Asks the browser to keep this origin's data even under storage pressure. Electron grants it; a browser
 * may say no. The answer is shown in Settings.
 */
export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageStatus() {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  const estimate = await navigator.storage?.estimate?.();
  return { persisted, usage: estimate?.usage ?? 0, quota: estimate?.quota ?? 0 };
}
