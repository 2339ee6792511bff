import { describe, expect, it } from 'vitest';
import { bundles } from '@/app/i18n/bundles';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(bundles))('translations: %s', (_ns, bundle) => {
  const en = leaves(bundle.en as Tree);
  const tr = leaves(bundle.tr as Tree);

  it('has every English key in Turkish and no extra ones', () => {
    expect([...tr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty strings and the same placeholders in both languages', () => {
    for (const [key, text] of en) {
      expect(text.trim(), `en ${key}`).not.toBe('');
      expect(tr.get(key)?.trim(), `tr ${key}`).not.toBe('');
      expect(vars(tr.get(key) ?? ''), `placeholders of ${key}`).toEqual(vars(text));
    }
  });
});
