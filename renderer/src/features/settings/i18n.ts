import type { Translation } from '@/app/i18n/types';

export const en = {
  title: 'Settings',
  language: {
    heading: 'Language',
    label: 'Language of Tezgah',
    en: 'English',
    tr: 'Türkçe',
  },
  appearance: {
    heading: 'Appearance',
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    auto: 'Same as the system',
  },
  storage: {
    heading: 'Your data',
    where: 'Everything is kept on this computer, in Tezgah’s own storage. Nothing is sent anywhere.',
    persisted: 'Protected: the system will not clear Tezgah’s data to free space.',
    notPersisted:
      'Not protected: under low disk space the browser may clear this data. Use the desktop app, or allow storage for this site.',
    usage: '{{used}} used',
    folder: 'Data folder: {{path}}',
  },
  sample: {
    heading: 'Sample shop',
    body: 'The sample shop lets you look around with realistic data. Removing it deletes exactly the sample rows; what you entered stays.',
    load: 'Load the sample shop',
    remove: 'Remove sample data',
    confirmTitle: 'Remove the sample shop?',
    confirmBody:
      'All sample customers, orders, reviews, notes and surprises are deleted. Your own data is not touched.',
    removed: 'Sample data removed: {{rows}} rows.',
    none: 'No sample data is loaded.',
  },
  about: {
    heading: 'About',
    version: 'Version {{version}} ({{platform}})',
  },
};

export const tr: Translation<typeof en> = {
  title: 'Ayarlar',
  language: {
    heading: 'Dil',
    label: 'Tezgah’ın dili',
    en: 'English',
    tr: 'Türkçe',
  },
  appearance: {
    heading: 'Görünüm',
    label: 'Tema',
    light: 'Açık',
    dark: 'Koyu',
    auto: 'Sistemle aynı',
  },
  storage: {
    heading: 'Verileriniz',
    where: 'Her şey bu bilgisayarda, Tezgah’ın kendi deposunda saklanır. Hiçbir yere gönderilmez.',
    persisted: 'Korunuyor: sistem yer açmak için Tezgah’ın verilerini silmez.',
    notPersisted:
      'Korunmuyor: disk dolarsa tarayıcı bu verileri silebilir. Masaüstü uygulamasını kullanın ya da bu siteye kalıcı depolama izni verin.',
    usage: '{{used}} kullanılıyor',
    folder: 'Veri klasörü: {{path}}',
  },
  sample: {
    heading: 'Örnek dükkân',
    body: 'Örnek dükkân, gerçekçi verilerle etrafa göz atmanızı sağlar. Kaldırmak yalnızca örnek kayıtları siler; sizin girdikleriniz kalır.',
    load: 'Örnek dükkânı yükle',
    remove: 'Örnek verileri kaldır',
    confirmTitle: 'Örnek dükkân kaldırılsın mı?',
    confirmBody:
      'Tüm örnek müşteriler, siparişler, yorumlar, notlar ve sürprizler silinir. Kendi verilerinize dokunulmaz.',
    removed: 'Örnek veriler kaldırıldı: {{rows}} kayıt.',
    none: 'Yüklü örnek veri yok.',
  },
  about: {
    heading: 'Hakkında',
    version: 'Sürüm {{version}} ({{platform}})',
  },
};
