// Sandboxed preload (built as CommonJS): the renderer gets one typed object and never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '@shared/ipc/channels';
import type { DesktopApi } from '@shared/ipc/contract';

const api = {
  appInfo: () => ipcRenderer.invoke(channels.appInfo),
  openExternal: (args) => ipcRenderer.invoke(channels.openExternal, args),
  saveFile: (args) => ipcRenderer.invoke(channels.saveFile, args),
  openFile: (args) => ipcRenderer.invoke(channels.openFile, args),
  print: (args) => ipcRenderer.invoke(channels.print, args),
  printToPdf: (args) => ipcRenderer.invoke(channels.printToPdf, args),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
