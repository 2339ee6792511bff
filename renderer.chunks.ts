// How the renderer's code is cut into files, for both builds (vite.web.config.ts, electron.vite.config.ts).
//
// The first screen's code goes in one file rather than the ~40 small shared chunks the default split makes:
// a page fetches a handful of files at a time (six connections over HTTP/1.1) and each costs a request, so
// forty files cost several round trips before the app can start. The rest of the UI kit is one more file,
// for every screen that needs a part of it. Screens keep their own chunks.
export const rendererChunks = {
  groups: [
    {
      name: 'app',
      tags: ['$initial' as const],
      // The bench's seeding page is an entry too: its own start-up graph stays out of the app's file.
      test: (id: string) => !id.includes('/renderer/src/bench/'),
      priority: 2,
    },
    {
      name: 'ui',
      test: /node_modules[\\/](@mantine|@tabler|@floating-ui|dayjs|react-remove-scroll|react-number-format|react-textarea-autosize)/,
      priority: 1,
    },
  ],
};
