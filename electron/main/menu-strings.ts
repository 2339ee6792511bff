import { PRODUCT_NAME } from '@shared/ipc/contract';

export interface MenuStrings {
  file: string;
  closeWindow: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  help: string;
  showDataFolder: string;
  about: string;
}

export const menuStrings: { en: MenuStrings; tr: MenuStrings } = {
  en: {
    file: 'File',
    closeWindow: 'Close Window',
    quit: `Quit ${PRODUCT_NAME}`,
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    help: 'Help',
    showDataFolder: 'Show Data Folder',
    about: `About ${PRODUCT_NAME}`,
  },
  tr: {
    file: 'Dosya',
    closeWindow: 'Pencereyi Kapat',
    quit: `${PRODUCT_NAME}'tan Çık`,
    edit: 'Düzen',
    undo: 'Geri Al',
    redo: 'Yinele',
    cut: 'Kes',
    copy: 'Kopyala',
    paste: 'Yapıştır',
    selectAll: 'Tümünü Seç',
    view: 'Görünüm',
    reload: 'Yeniden Yükle',
    toggleDevTools: 'Geliştirici Araçları',
    resetZoom: 'Gerçek Boyut',
    zoomIn: 'Yakınlaştır',
    zoomOut: 'Uzaklaştır',
    toggleFullScreen: 'Tam Ekran',
    help: 'Yardım',
    showDataFolder: 'Veri Klasörünü Göster',
    about: `${PRODUCT_NAME} Hakkında`,
  },
};

/** Turkish for any `tr` locale (tr, tr-TR), English otherwise. */
export function stringsFor(locale: string): MenuStrings {
  return locale.toLowerCase().startsWith('tr') ? menuStrings.tr : menuStrings.en;
}
