// IPC channel names, kept free of imports: the sandboxed preload bundles this file and nothing heavier.
export const channels = {
  appInfo: 'app:info',
  openExternal: 'shell:open-external',
  saveFile: 'file:save',
  openFile: 'file:open',
  print: 'page:print',
  printToPdf: 'page:print-to-pdf',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];
