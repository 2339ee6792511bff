// What the sample 3D-print shop sells and gives away. Prices are in minor units per currency, derived once
// from a USD list price (EUR a little lower, TRY rounded to whole 10 lira like a real price tag).
import type { Surprise } from '../domain/other';
import type { Currency, Zone } from './names';
import { weighted, type Rng } from './random';

export type Prices = Record<Currency, number>;

export interface Variant {
  name?: string;
  sku: string;
  price: Prices;
}

interface ProductSpec {
  code: string;
  title: (material: string, colour: string) => string;
  materials: readonly string[];
  colours: readonly string[];
  variants: readonly (readonly [string | undefined, string, number])[];
}

/** One material and colour of a product, its title built once (50k orders share these strings). */
export interface Line {
  title: string;
  material: string;
  colour: string;
}

export interface Product {
  lines: readonly Line[];
  variants: readonly Variant[];
}

function prices(usd: number): Prices {
  return {
    USD: usd,
    EUR: Math.max(99, Math.round((usd * 0.92) / 100) * 100 - 1),
    TRY: Math.round((usd * 38) / 1000) * 1000,
  };
}

function compile(p: ProductSpec): Product {
  return {
    lines: p.materials.flatMap((material) =>
      p.colours.map((colour) => ({ title: p.title(material, colour), material, colour })),
    ),
    variants: p.variants.map(([name, code, usd]) => {
      const v: Variant = { sku: `${p.code}-${code}`, price: prices(usd) };
      if (name) v.name = name;
      return v;
    }),
  };
}

const fixedTitle = (t: string) => () => t;

const products: readonly (readonly [ProductSpec, number])[] = [
  [
    {
      code: 'DRG',
      title: (m, c) => `Articulated Dragon — ${m} ${c}`,
      materials: ['PLA Silk'],
      colours: ['Gold', 'Rainbow', 'Copper', 'Blue-Green', 'Purple'],
      variants: [
        ['Small, 20 cm', 'S', 1899],
        ['Medium, 35 cm', 'M', 2899],
        ['Large, 60 cm', 'L', 4599],
      ],
    },
    20,
  ],
  [
    {
      code: 'CKC',
      title: fixedTitle('Custom Cookie Cutter Set'),
      materials: ['PLA'],
      colours: ['Pink', 'Mint', 'White', 'Yellow'],
      variants: [
        ['Set of 3', '3', 1499],
        ['Set of 6', '6', 2399],
      ],
    },
    14,
  ],
  [
    {
      code: 'PLN',
      title: fixedTitle('Planter with drainage | Matte White'),
      materials: ['PLA Matte'],
      colours: ['Matte White'],
      variants: [
        ['10 cm', '10', 1299],
        ['14 cm', '14', 1799],
        ['18 cm', '18', 2499],
      ],
    },
    12,
  ],
  [
    {
      code: 'GPL',
      title: (_m, c) => `Geometric Planter with drainage | ${c}`,
      materials: ['PLA Matte'],
      colours: ['Terracotta', 'Matte Black', 'Marble'],
      variants: [
        ['Small', 'S', 1499],
        ['Large', 'L', 2299],
      ],
    },
    6,
  ],
  [
    {
      code: 'TER',
      title: fixedTitle('Miniature Terrain Pack'),
      materials: ['Resin', 'PLA'],
      colours: ['Unpainted grey'],
      variants: [
        ['28 mm Ruins', 'RU', 3499],
        ['28 mm Forest', 'FO', 3499],
        ['32 mm Sci-fi', 'SF', 3999],
      ],
    },
    10,
  ],
  [
    {
      code: 'CBL',
      title: fixedTitle('Cable organiser'),
      materials: ['PETG'],
      colours: ['Black', 'White', 'Grey'],
      variants: [
        ['Pack of 6', '6', 899],
        ['Pack of 12', '12', 1499],
      ],
    },
    10,
  ],
  [
    {
      code: 'KEY',
      title: fixedTitle('Personalised Name Keychain, 2 colours'),
      materials: ['PLA'],
      colours: ['Black/White', 'Red/White', 'Navy/Gold'],
      variants: [['Up to 8 letters', 'K8', 799]],
    },
    9,
  ],
  [
    {
      code: 'LTH',
      title: fixedTitle('Lithophane Night Light (your photo)'),
      materials: ['PLA'],
      colours: ['White'],
      variants: [
        ['Heart frame', 'HF', 3299],
        ['Moon', 'MO', 3899],
      ],
    },
    6,
  ],
  [
    {
      code: 'FLX',
      title: (_m, c) => `Flexi Cat Fidget — ${c}`,
      materials: ['PLA'],
      colours: ['Orange Tabby', 'Black', 'Galaxy'],
      variants: [
        [undefined, '1', 699],
        ['Litter of 3', '3', 1699],
      ],
    },
    8,
  ],
  [
    {
      code: 'HPS',
      title: fixedTitle('Headphone Stand — Low Poly'),
      materials: ['PETG'],
      colours: ['Black', 'Marble', 'Galaxy Purple'],
      variants: [[undefined, 'ST', 2299]],
    },
    5,
  ],
  [
    {
      code: 'DCT',
      title: fixedTitle('Dice Tower "Castle Gate"'),
      materials: ['PLA'],
      colours: ['Stone Grey', 'Dungeon Green'],
      variants: [[undefined, 'CG', 2999]],
    },
    4,
  ],
  [
    {
      code: 'MLN',
      title: fixedTitle('Moon Lamp with wooden stand'),
      materials: ['PLA'],
      colours: ['Warm White'],
      variants: [
        ['12 cm', '12', 2799],
        ['15 cm', '15', 3499],
      ],
    },
    4,
  ],
];

export const pickProduct = weighted(products.map(([p, w]) => [compile(p), w] as const));

/** Percent-off coupons and when they apply; THANKYOU10 is the card put in parcels. */
export const THANK_YOU_CODE = 'THANKYOU10';
export const coupons = {
  THANKYOU10: 10,
  WELCOME5: 5,
  SUMMER15: 15,
  BLACKFRIDAY20: 20,
} as const;
export type CouponCode = keyof typeof coupons;

/** Shipping by currency and destination; about half the listings ship free (priced in). */
export function shippingFor(r: Rng, currency: Currency, zone: Zone): number {
  if (r.chance(0.45)) return 0;
  if (currency === 'TRY') return zone === 'domestic' ? 7500 : 90000;
  if (currency === 'EUR') return zone === 'domestic' ? 299 : 1195;
  return zone === 'domestic' ? 299 : zone === 'europe' ? 1295 : r.pick([1495, 1995]);
}

type SurpriseSpec = Pick<
  Surprise,
  'name' | 'kind' | 'stock' | 'unitCost' | 'active' | 'lowStockThreshold'
> & {
  code?: string;
};

/** Seven things that go in parcels; one is retired, one is running low. */
export const surpriseSpecs: readonly SurpriseSpec[] = [
  {
    name: 'Holographic dragon sticker',
    kind: 'sticker',
    stock: 140,
    unitCost: 35,
    active: true,
    lowStockThreshold: 20,
  },
  {
    name: 'Shop logo sticker',
    kind: 'sticker',
    stock: 260,
    unitCost: 12,
    active: true,
    lowStockThreshold: 40,
  },
  {
    name: 'Mini articulated gecko',
    kind: 'mini-print',
    stock: 18,
    unitCost: 40,
    active: true,
    lowStockThreshold: 10,
  },
  {
    name: 'Mini succulent planter',
    kind: 'mini-print',
    stock: 6,
    unitCost: 55,
    active: true,
    lowStockThreshold: 8,
  },
  {
    name: '10% off card (THANKYOU10)',
    kind: 'discount-code',
    stock: 90,
    unitCost: 8,
    active: true,
    lowStockThreshold: 15,
    code: THANK_YOU_CODE,
  },
  {
    name: 'Silk filament swatch',
    kind: 'sample',
    stock: 45,
    unitCost: 20,
    active: true,
    lowStockThreshold: 10,
  },
  {
    name: 'Flexi fish keychain',
    kind: 'mini-print',
    stock: 0,
    unitCost: 30,
    active: false,
    lowStockThreshold: 5,
  },
];
