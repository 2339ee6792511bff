// Bench-only page (built when TEZGAH_BENCH=1): fills the app's database with generated data at any scale,
// through the same generator and repositories the sample shop uses.
// The app's modules load on demand, so this page's own graph stays out of the app's first-screen chunk
// (vite.web.config.ts groups every module a page loads at start).
export {};

declare global {
  interface Window {
    benchSeed(scale: { customers: number; orders: number; reviews: number }): Promise<number>;
  }
}

window.benchSeed = async (scale) => {
  const [{ appDb }, { seedShop }] = await Promise.all([import('@/db/db'), import('@/db/sample')]);
  const db = appDb();
  await db.delete();
  await db.open();
  const t0 = performance.now();
  await seedShop(scale, { db });
  const ms = performance.now() - t0;
  db.close();
  return ms;
};
document.title = 'ready';
