// Runs while the app's scripts download: opens the existing database so that its storage is ready when the
// app asks for it (the first open of a database is the slow part of a cold start). A first run (no database
// yet) creates nothing here; the app creates it. The connection steps aside for any upgrade and is closed
// once the app has its own.
/* global indexedDB, window */
(function () {
  try {
    var req = indexedDB.open('tezgah');
    req.onupgradeneeded = function () {
      req.transaction.abort();
    };
    req.onsuccess = function () {
      var db = req.result;
      db.onversionchange = function () {
        db.close();
      };
      window.__tezgahWarmDb = db;
    };
    req.onerror = function (e) {
      e.preventDefault();
    };
  } catch {
    /* storage unavailable: the app reports it */
  }
})();
