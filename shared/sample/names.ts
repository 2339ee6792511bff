// Where the sample shop's buyers live: names, cities and address shapes per region. The shop ships from
// Türkiye and sells worldwide, so names are deliberately varied (and often not ASCII) to exercise search,
// sorting and printing. Every name, street and number is made up; phone numbers use fictional ranges.
import type { Rng } from './random';

export type Zone = 'domestic' | 'europe' | 'world';
export type Currency = 'USD' | 'EUR' | 'TRY';

export interface City {
  city: string;
  state?: string;
  country: string;
  /** ZIPs are text: several here start with a zero. */
  zip: (r: Rng) => string;
}

export interface Region {
  weight: number;
  firsts: readonly string[];
  lasts: readonly string[];
  cities: readonly City[];
  street: (r: Rng) => { line1: string; line2?: string };
  phone: (r: Rng) => string;
  language: 'en' | 'tr';
  /** What a Shopify or direct order from here is paid in (Etsy orders are in the shop's USD). */
  currency: Currency;
  zone: Zone;
}

const fixed = (zip: string) => () => zip;
const usZip = (prefix: string) => (r: Rng) =>
  `${prefix}${r.digits(5 - prefix.length)}${r.chance(0.3) ? `-${r.digits(4)}` : ''}`;
const zipN = (prefix: string, n: number) => (r: Rng) => prefix + r.digits(n - prefix.length);

export const regions: readonly Region[] = [
  {
    weight: 34,
    firsts: [
      'Emily',
      'Jacob',
      'Olivia',
      'Michael',
      'Ava',
      'Leslie',
      'Brianna',
      'DeShawn',
      'Beyoncé',
      'Noah',
      'Renée',
    ],
    lasts: [
      'Hunter',
      'Johnson',
      'García',
      'Nguyen',
      "O'Connor",
      'Rivera',
      'Kim',
      'Patel',
      'Brooks',
      'Williams',
    ],
    cities: [
      { city: 'Hackensack', state: 'NJ', country: 'United States', zip: usZip('076') },
      { city: 'Boston', state: 'MA', country: 'United States', zip: usZip('021') },
      { city: 'Hartford', state: 'CT', country: 'United States', zip: usZip('061') },
      { city: 'Providence', state: 'RI', country: 'United States', zip: usZip('029') },
      { city: 'Austin', state: 'TX', country: 'United States', zip: usZip('787') },
      { city: 'Portland', state: 'OR', country: 'United States', zip: usZip('972') },
      { city: 'Brooklyn', state: 'NY', country: 'United States', zip: usZip('112') },
      { city: 'Chicago', state: 'IL', country: 'United States', zip: usZip('606') },
      { city: 'San Diego', state: 'CA', country: 'United States', zip: usZip('921') },
    ],
    street: (r) => ({
      line1: `${r.int(10, 9999)} ${r.pick(['Maple Ave', 'Oak Street', 'Sunset Blvd', 'Elm St', 'Washington Ave'])}`,
      line2: r.chance(0.25) ? `Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : undefined,
    }),
    phone: (r) => `+1 (${r.pick(['201', '617', '512', '312'])}) 555-01${r.digits(2)}`,
    language: 'en',
    currency: 'USD',
    zone: 'world',
  },
  {
    weight: 20,
    firsts: [
      'Şükrü',
      'Çağla',
      'Ayşe',
      'Mehmet',
      'Gülşen',
      'İbrahim',
      'Öykü',
      'Emre',
      'Deniz',
      'Ece',
      'Barış',
      'Ilgın',
    ],
    lasts: [
      'Yılmaz',
      'Öztürk',
      'Çelik',
      'Şahin',
      'Demir',
      'Kaya',
      'Aydın',
      'Güneş',
      'Koç',
      'Arslan',
      'Kılıç',
    ],
    cities: [
      { city: 'İstanbul', state: 'Kadıköy', country: 'Türkiye', zip: zipN('347', 5) },
      { city: 'İstanbul', state: 'Beşiktaş', country: 'Türkiye', zip: zipN('343', 5) },
      { city: 'Ankara', state: 'Çankaya', country: 'Türkiye', zip: zipN('06', 5) },
      { city: 'İzmir', state: 'Karşıyaka', country: 'Türkiye', zip: zipN('355', 5) },
      { city: 'Antalya', state: 'Muratpaşa', country: 'Türkiye', zip: zipN('07', 5) },
      { city: 'Eskişehir', state: 'Tepebaşı', country: 'Türkiye', zip: zipN('26', 5) },
    ],
    street: (r) => ({
      line1: `${r.pick(['Bağdat Cd.', 'Atatürk Blv.', 'Gül Sk.', 'İnönü Cd.', 'Çiçek Sk.'])} No: ${r.int(1, 200)}`,
      line2: r.chance(0.6) ? `Daire ${r.int(1, 24)}` : undefined,
    }),
    phone: (r) => `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    language: 'tr',
    currency: 'TRY',
    zone: 'domestic',
  },
  {
    weight: 9,
    firsts: ['Zoë', 'Jürgen', 'Lukas', 'Sophie', 'Maximilian', 'Lea', 'Björn', 'Jörg'],
    lasts: ['Müller', 'Schröder', 'Weiß', 'Fischer', 'Groß', 'Köhler', 'Becker'],
    cities: [
      { city: 'Berlin', country: 'Germany', zip: zipN('10', 5) },
      { city: 'Dresden', country: 'Germany', zip: zipN('010', 5) },
      { city: 'München', country: 'Germany', zip: zipN('80', 5) },
      { city: 'Hamburg', country: 'Germany', zip: zipN('20', 5) },
    ],
    street: (r) => ({ line1: `${r.pick(['Hauptstraße', 'Goethestraße', 'Müllerstraße'])} ${r.int(1, 120)}` }),
    phone: (r) => `+49 30 ${r.digits(7)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 6,
    firsts: ['Amélie', 'Chloé', 'Théo', 'Hélène', 'François', 'Léa', 'Noémie'],
    lasts: ['Lefèvre', 'Dubois', 'Bérénger', 'Moreau', 'Girard', 'Lemaître'],
    cities: [
      { city: 'Paris', country: 'France', zip: zipN('750', 5) },
      { city: 'Lyon', country: 'France', zip: zipN('6900', 5) },
      { city: 'Marseille', country: 'France', zip: zipN('130', 5) },
    ],
    street: (r) => ({ line1: `${r.int(1, 99)} rue ${r.pick(['de la Paix', 'Émile Zola', 'des Lilas'])}` }),
    phone: (r) => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 5,
    firsts: ['Lucía', 'José', 'Martín', 'Inés', 'Ángel', 'Sofía', 'Begoña'],
    lasts: ['Muñoz', 'García', 'Peña', 'Ibáñez', 'Núñez', 'López'],
    cities: [
      { city: 'Madrid', country: 'Spain', zip: zipN('280', 5) },
      { city: 'Barcelona', country: 'Spain', zip: zipN('080', 5) },
      { city: 'Sevilla', country: 'Spain', zip: zipN('410', 5) },
    ],
    street: (r) => ({
      line1: `Calle ${r.pick(['Mayor', 'de Alcalá', 'Núñez de Balboa'])}, ${r.int(1, 150)}`,
      line2: r.chance(0.5) ? `${r.int(1, 8)}º ${r.pick(['A', 'B', 'C'])}` : undefined,
    }),
    phone: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 10,
    firsts: ['Zoë', 'Oliver', 'Siobhán', 'Niamh', 'Harry', 'Amelia', 'George', 'Seán'],
    lasts: ["O'Brien", 'Smith', 'Jones', 'MacLeod', 'Taylor', 'Bennett'],
    cities: [
      {
        city: 'London',
        country: 'United Kingdom',
        zip: (r) => `SW1A ${r.int(1, 9)}${r.pick(['AA', 'BD', 'JX'])}`,
      },
      { city: 'Manchester', country: 'United Kingdom', zip: (r) => `M${r.int(1, 9)} ${r.int(1, 9)}AE` },
      { city: 'Edinburgh', country: 'United Kingdom', zip: (r) => `EH${r.int(1, 9)} ${r.int(1, 9)}YZ` },
      {
        city: 'Cardiff',
        country: 'United Kingdom',
        zip: (r) => `CF10 ${r.int(1, 9)}${r.pick(['AA', 'EP'])}`,
      },
    ],
    street: (r) => ({
      line1: `${r.int(1, 220)} ${r.pick(['High Street', 'Church Lane', 'Victoria Road'])}`,
      line2: r.chance(0.3) ? `Flat ${r.int(1, 12)}` : undefined,
    }),
    phone: (r) => `+44 7700 900${r.digits(3)}`,
    language: 'en',
    currency: 'USD',
    zone: 'europe',
  },
  {
    weight: 4,
    firsts: ['Ørjan', 'Sigrid', 'Åsmund', 'Ingrid', 'Håkon', 'Solveig'],
    lasts: ['Ødegaard', 'Hansen', 'Bjørnstad', 'Håland', 'Løvik'],
    cities: [
      { city: 'Oslo', country: 'Norway', zip: zipN('01', 4) },
      { city: 'Bergen', country: 'Norway', zip: zipN('50', 4) },
      { city: 'Tromsø', country: 'Norway', zip: zipN('90', 4) },
    ],
    street: (r) => ({ line1: `${r.pick(['Storgata', 'Kirkeveien', 'Bryggen'])} ${r.int(1, 90)}` }),
    phone: (r) => `+47 4${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 2,
    firsts: ['Łukasz', 'Zofia', 'Wojciech', 'Małgorzata', 'Jakub'],
    lasts: ['Wiśniewski', 'Kowalczyk', 'Zieliński', 'Wójcik', 'Dąbrowski'],
    cities: [
      { city: 'Łódź', country: 'Poland', zip: (r) => `9${r.digits(1)}-${r.digits(3)}` },
      { city: 'Warszawa', country: 'Poland', zip: (r) => `0${r.digits(1)}-${r.digits(3)}` },
      { city: 'Kraków', country: 'Poland', zip: (r) => `3${r.digits(1)}-${r.digits(3)}` },
    ],
    street: (r) => ({
      line1: `ul. ${r.pick(['Piotrkowska', 'Floriańska', 'Marszałkowska'])} ${r.int(1, 200)}`,
    }),
    phone: (r) => `+48 5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 2,
    firsts: ['Daan', 'Sanne', 'Bram', 'Fleur', 'Joost'],
    lasts: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser'],
    cities: [
      {
        city: 'Amsterdam',
        country: 'Netherlands',
        zip: (r) => `10${r.digits(2)} ${r.pick(['AB', 'KX', 'TS'])}`,
      },
      { city: 'Utrecht', country: 'Netherlands', zip: (r) => `35${r.digits(2)} ${r.pick(['AA', 'GJ'])}` },
    ],
    street: (r) => ({
      line1: `${r.pick(['Prinsengracht', 'Keizersgracht', 'Oudegracht'])} ${r.int(1, 400)}`,
    }),
    phone: (r) => `+31 6 ${r.digits(8)}`,
    language: 'en',
    currency: 'EUR',
    zone: 'europe',
  },
  {
    weight: 2,
    firsts: ['Haruka', 'Yūto', 'Sakura', 'Ren', 'Aoi'],
    lasts: ['Satō', 'Itō', 'Takahashi', 'Kobayashi', 'Watanabe'],
    cities: [
      { city: 'Tokyo', country: 'Japan', zip: (r) => `1${r.digits(2)}-${r.digits(4)}` },
      { city: 'Ōsaka', country: 'Japan', zip: (r) => `5${r.digits(2)}-${r.digits(4)}` },
    ],
    street: (r) => ({
      line1: `${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Jingūmae', 'Nakameguro', 'Umeda'])}`,
    }),
    phone: (r) => `+81 90 ${r.digits(4)} ${r.digits(4)}`,
    language: 'en',
    currency: 'USD',
    zone: 'world',
  },
  {
    weight: 2,
    firsts: ['Chloé', 'Liam', 'Émilie', 'Noah', 'Gabrielle'],
    lasts: ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard'],
    cities: [
      { city: 'Montréal', state: 'QC', country: 'Canada', zip: (r) => `H2X ${r.int(1, 9)}Y${r.int(1, 9)}` },
      { city: 'Toronto', state: 'ON', country: 'Canada', zip: (r) => `M5V ${r.int(1, 9)}T${r.int(1, 9)}` },
    ],
    street: (r) => ({
      line1: `${r.int(1, 3000)} ${r.pick(['rue Saint-Denis', 'Queen St W', 'boulevard Saint-Laurent'])}`,
    }),
    phone: (r) => `+1 (514) 555-01${r.digits(2)}`,
    language: 'en',
    currency: 'USD',
    zone: 'world',
  },
  {
    weight: 2,
    firsts: ['Aroha', 'Mia', 'Jack', 'Isla', 'Charlotte'],
    lasts: ['Ngata', 'Wilson', 'Thompson', 'Walker', 'Nguyễn'],
    cities: [
      { city: 'Sydney', state: 'NSW', country: 'Australia', zip: fixed('2000') },
      { city: 'Melbourne', state: 'VIC', country: 'Australia', zip: fixed('3000') },
      { city: 'Darwin', state: 'NT', country: 'Australia', zip: fixed('0800') },
    ],
    street: (r) => ({ line1: `${r.int(1, 400)} ${r.pick(['George St', 'Collins St', 'Smith St'])}` }),
    phone: (r) => `+61 491 570 ${r.digits(3)}`,
    language: 'en',
    currency: 'USD',
    zone: 'world',
  },
  {
    weight: 2,
    firsts: ['María José', 'Alejandro', 'Ximena', 'Diego'],
    lasts: ['Hernández', 'Muñoz', 'Ramírez', 'Peña'],
    cities: [
      { city: 'Ciudad de México', state: 'CDMX', country: 'Mexico', zip: zipN('06', 5) },
      { city: 'Guadalajara', state: 'Jalisco', country: 'Mexico', zip: zipN('44', 5) },
    ],
    street: (r) => ({
      line1: `Av. ${r.pick(['Insurgentes Sur', 'Reforma', 'Chapultepec'])} ${r.int(1, 2000)}`,
    }),
    phone: (r) => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
    language: 'en',
    currency: 'USD',
    zone: 'world',
  },
];

const asciiCache = new Map<string, readonly string[]>();

/**
 * Folds a name to the ASCII words an email or username would use (`Şükrü Yılmaz` -> sukru, yilmaz).
 * Cached: a few hundred distinct names repeat across 20k customers.
 */
export function asciiWords(name: string): readonly string[] {
  let words = asciiCache.get(name);
  if (!words) {
    words = fold(name);
    asciiCache.set(name, words);
  }
  return words;
}

function fold(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter(Boolean);
}
