// Who the sample buyers are: a name, a place, a favourite channel, and the identity fields each channel
// brings (Etsy username and buyer id, Shopify customer id, an email or phone for direct sales).
import {
  customerSearchText,
  customerSearchWords,
  foldText,
  type Address,
  type Customer,
} from '../domain/customer';
import type { Channel } from '../domain/order';
import { asciiWords, regions, type City, type Region } from './names';
import { weighted, type Rng } from './random';
import { customerNotes, likes, tags } from './texts';

export interface Person {
  name: string;
  region: Region;
  city: City;
  channel: Channel;
}

export const pickChannel = weighted<Channel>([
  ['etsy', 70],
  ['shopify', 20],
  ['direct', 10],
]);
const pickRegion = weighted(regions.map((r) => [r, r.weight] as const));

/**
 * The first customers are always these, so every sample has the names the brief promises and the
 * Today screen has its showcase orders (see `showcase` in orders.ts).
 */
const featured: readonly (readonly [string, string, Channel])[] = [
  ['Şükrü Yılmaz', 'İstanbul', 'etsy'],
  ['Lucía Muñoz', 'Madrid', 'etsy'],
  ['Zoë Bennett', 'London', 'shopify'],
  ['Çağla Öztürk', 'İzmir', 'direct'],
  ['Beyoncé Laurent', 'Montréal', 'etsy'],
];

function placeOf(cityName: string): { region: Region; city: City } {
  for (const region of regions) {
    const city = region.cities.find((c) => c.city === cityName);
    if (city) return { region, city };
  }
  throw new Error(`No sample city named ${cityName}`);
}

export function makePerson(r: Rng, index: number): Person {
  const f = featured[index];
  if (f) return { name: f[0], ...placeOf(f[1]), channel: f[2] };
  const region = pickRegion(r);
  return {
    name: `${r.pick(region.firsts)} ${r.pick(region.lasts)}`,
    region,
    city: r.pick(region.cities),
    channel: pickChannel(r),
  };
}

const domains = ['example.com', 'example.net', 'example.org', 'mail.example.com'];

/**
 * Numbers repeated names (`luciamunoz`, `luciamunoz2`, ...). `used` remembers how many of each base were
 * handed out, so a common name costs one lookup rather than a walk through all its earlier numbers.
 */
function unique(base: string, used: Map<string, number>, suffix = ''): string {
  const key = base + suffix;
  const n = (used.get(key) ?? 0) + 1;
  used.set(key, n);
  return n === 1 ? key : `${base}${n}${suffix}`;
}

/** What the generator decided before the customer row is built. */
export type CustomerBase = Pick<Customer, 'id' | 'createdDate' | 'stats' | 'createdAt' | 'updatedAt'>;

/**
 * The customer row, with the identity fields their channels bring, and searchText/searchWords made by the
 * same functions the repository uses.
 */
export function makeCustomer(
  r: Rng,
  p: Person,
  index: number,
  channels: ReadonlySet<Channel>,
  used: Map<string, number>,
  noSurprises: boolean,
  base: CustomerBase,
): Customer {
  const words = asciiWords(p.name);
  // Fields spelled out rather than spread from `base`: in V8 a spread object that then gains properties is
  // ~20x slower to build, which was most of the generator's time at 20k customers.
  const c: Customer = {
    id: base.id,
    name: p.name,
    createdDate: base.createdDate,
    stats: base.stats,
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
    address: addressOf(r, p),
    tags: r.chance(0.15) ? [r.pick(tags)] : [],
    preferences: {
      noSurprises,
      noteLanguage: p.region.language,
      noReviewRequests: r.chance(0.05),
    },
    searchText: '',
    searchWords: [],
    sortName: foldText(p.name),
    sample: 1,
  };
  if (r.chance(0.15)) c.preferences.likes = r.pick(likes);
  if (r.chance(0.08)) c.notes = r.pick(customerNotes);
  // About 5% of Etsy buyers check out as guests: no buyer id, no username.
  if (channels.has('etsy') && !r.chance(0.05)) {
    c.etsyUsername = unique(words.join(''), used);
    c.etsyBuyerId = String(10_000_000 + index * 53 + r.int(0, 52));
  }
  if (channels.has('shopify')) c.shopifyId = String(6_100_000_000_000 + index * 1009 + r.int(0, 1000));
  if (channels.has('shopify') || (channels.has('direct') && r.chance(0.8)) || r.chance(0.1)) {
    c.email = unique(words.join('.'), used, `@${r.pick(domains)}`);
  }
  if (channels.has('direct') ? r.chance(0.6) : r.chance(0.1)) c.phone = p.region.phone(r);
  c.searchText = customerSearchText(c);
  c.searchWords = customerSearchWords(c.searchText);
  return c;
}

function addressOf(r: Rng, p: Person): Address {
  const street = p.region.street(r);
  const a: Address = { line1: street.line1, city: p.city.city, zip: p.city.zip(r), country: p.city.country };
  if (street.line2) a.line2 = street.line2;
  if (p.city.state) a.state = p.city.state;
  return a;
}
