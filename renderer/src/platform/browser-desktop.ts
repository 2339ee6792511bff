// The desktop contract in a plain browser (`npm run web`): downloads, file inputs and window.print.
import { isAllowedExternalUrl, type DesktopApi } from '@shared/ipc/contract';

export const browserDesktop = {
  async appInfo() {
    return {
      ok: true as const,
      info: {
        name: 'Tezgah',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        platform: 'web',
        locale: navigator.language,
        userDataPath: '',
        desktop: false,
      },
    };
  },
  async openExternal({ url }) {
    if (!isAllowedExternalUrl(url))
      return { ok: false, reason: 'Only https: and mailto: links can be opened' };
    window.open(url, '_blank', 'noopener,noreferrer');
    return { ok: true };
  },
  async saveFile({ suggestedName, content }) {
    const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)]);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = suggestedName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    return { ok: true, path: suggestedName };
  },
  openFile({ filters, maxBytes = 100 * 1024 * 1024 }) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      input.onchange = async () => {
        const file = input.files?.[0];
        if (!file) return resolve({ ok: false, reason: 'cancelled' });
        if (file.size > maxBytes) return resolve({ ok: false, reason: 'The file is too large' });
        resolve({ ok: true, name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
      };
      input.oncancel = () => resolve({ ok: false, reason: 'cancelled' });
      input.click();
    });
  },
  async print() {
    window.print();
    return { ok: true };
  },
  async printToPdf() {
    // Browsers have no silent PDF export: the print dialog offers "Save as PDF".
    window.print();
    return { ok: false, reason: 'browser-print-dialog' };
  },
} satisfies DesktopApi;
