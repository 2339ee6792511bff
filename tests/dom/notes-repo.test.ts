import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderInput } from '@shared/domain/order';
import { ValidationError } from '@shared/validation';
import { createCustomer } from '@/db/customers';
import type { TezgahDb } from '@/db/db';
import { markNotesPrinted, noteCards } from '@/db/note-cards';
import {
  addPresetTemplates,
  createTemplate,
  deleteTemplate,
  draftNote,
  listTemplates,
  markNoteWritten,
  noteForOrder,
  noteStatus,
  noteStatusesOf,
  saveNote,
  setDefaultTemplate,
  updateTemplate,
} from '@/db/notes';
import { createOrder } from '@/db/orders';
import { readSetting, writeSetting } from '@/db/settings';
import { shopSetting } from '@/db/shop-settings';
import { freshDb } from './db';

let db: TezgahDb;
let clock = 1_760_000_000_000;
const now = () => clock;

beforeEach(() => {
  db = freshDb();
  clock = 1_760_000_000_000;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const deps = () => ({ db, now });

async function defaults(language: 'en' | 'tr') {
  return (await db.noteTemplates.where('language').equals(language).toArray())
    .filter((t) => t.isDefault)
    .map((t) => t.name);
}

async function customer(name: string, noteLanguage: 'en' | 'tr' = 'en') {
  return createCustomer({ name, createdDate: '2025-01-01', preferences: { noteLanguage } }, deps());
}

function order(customerId: string, over: Partial<OrderInput> = {}): OrderInput {
  return {
    customerId,
    channel: 'etsy',
    currency: 'USD',
    orderedDate: '2026-03-01',
    items: [{ title: 'Articulated dragon', quantity: 1, unitPrice: 2_500 }],
    ...over,
  };
}

describe('note templates', () => {
  it('refuses an unknown placeholder with a ValidationError naming it, writing nothing', async () => {
    const err = await createTemplate(
      { name: 'Thanks', language: 'en', body: 'Hi {frstName}, enjoy {colour}' },
      deps(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const issues = (err as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(['body', 'body']);
    expect(issues[0]?.message).toContain('{frstName}');
    expect(issues[0]?.message).toContain('did you mean {firstName}?');
    expect(issues[1]?.message).toContain('{colour}');
    expect((err as Error).message).toContain('Unknown placeholder {colour}');
    expect(await db.noteTemplates.count()).toBe(0);
  });

  it('refuses a blank name, a blank body and an unknown language', async () => {
    const err = (await createTemplate({ name: '  ', language: 'de' as 'en', body: ' \n ' }, deps()).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues.map((i) => i.path).sort()).toEqual(['body', 'language', 'name']);
    expect(await db.noteTemplates.count()).toBe(0);
  });

  it('makes the first template of a language its default and keeps one default per language', async () => {
    const a = await createTemplate({ name: 'A', language: 'en', body: 'Hi {firstName}' }, deps());
    expect(a.isDefault).toBe(true);
    expect(a.sample).toBeUndefined();
    const b = await createTemplate({ name: 'B', language: 'en', body: 'Hello {firstName}' }, deps());
    expect(b.isDefault).toBe(false);
    await createTemplate({ name: 'T', language: 'tr', body: 'Merhaba {firstName}' }, deps());
    expect(await defaults('en')).toEqual(['A']);

    // A new default clears the old one, in the same language only.
    await createTemplate({ name: 'C', language: 'en', body: 'Hey {firstName}', isDefault: true }, deps());
    expect(await defaults('en')).toEqual(['C']);
    expect(await defaults('tr')).toEqual(['T']);

    await setDefaultTemplate(b.id, deps());
    expect(await defaults('en')).toEqual(['B']);
    expect(await defaults('tr')).toEqual(['T']);
    const listed = await listTemplates(deps());
    expect(listed.map((t) => t.name)).toEqual(['B', 'A', 'C', 'T']);
  });

  it('hands the default over when the default is deleted or moves to the other language', async () => {
    const a = await createTemplate({ name: 'A', language: 'en', body: 'Hi {firstName}' }, deps());
    const b = await createTemplate({ name: 'B', language: 'en', body: 'Hello {firstName}' }, deps());
    const moved = await updateTemplate(
      a.id,
      { name: 'A', language: 'tr', body: 'Merhaba {firstName}', isDefault: true },
      deps(),
    );
    expect(moved.language).toBe('tr');
    expect(await defaults('en')).toEqual(['B']);
    expect(await defaults('tr')).toEqual(['A']);

    const r = await deleteTemplate(b.id, deps());
    expect(r).toEqual({});
    expect(await defaults('en')).toEqual([]);
    const c = await createTemplate({ name: 'C', language: 'tr', body: 'Selam {firstName}' }, deps());
    const gone = await deleteTemplate(a.id, deps());
    expect(gone.newDefault?.id).toBe(c.id);
    expect(await defaults('tr')).toEqual(['C']);
  });

  it('refuses to update a template that no longer exists, or with an unknown placeholder', async () => {
    const a = await createTemplate({ name: 'A', language: 'en', body: 'Hi {firstName}' }, deps());
    await expect(
      updateTemplate(a.id, { name: 'A', language: 'en', body: 'Hi {item}' }, deps()),
    ).rejects.toThrow('Unknown placeholder {item} (did you mean {itemName}?)');
    expect((await db.noteTemplates.get(a.id))?.body).toBe('Hi {firstName}');
    await expect(
      updateTemplate('no-such-template', { name: 'A', language: 'en', body: 'x' }, deps()),
    ).rejects.toThrow(ValidationError);
    await expect(setDefaultTemplate('no-such-template', deps())).rejects.toThrow(ValidationError);
  });

  it('adds the presets once, as the seller’s own rows, keeping an existing default', async () => {
    await createTemplate({ name: 'Mine', language: 'en', body: 'Hi {firstName}' }, deps());
    const added = await addPresetTemplates('all', deps());
    expect(added).toBeGreaterThanOrEqual(8);
    expect(await defaults('en')).toEqual(['Mine']);
    expect(await defaults('tr')).toEqual(['Teşekkürler']);
    expect((await db.noteTemplates.toArray()).every((t) => t.sample === undefined)).toBe(true);
    expect(await addPresetTemplates('all', deps())).toBe(0);
    expect(await db.noteTemplates.count()).toBe(added + 1);
  });
});

describe('drafting and saving notes', () => {
  it('drafts in the customer’s note language, from their default template', async () => {
    const ayse = await customer('Ayşe Demir', 'tr');
    const o = await createOrder(order(ayse.id), deps());
    // No Turkish template yet: the built-in Turkish preset.
    await createTemplate({ name: 'EN', language: 'en', body: 'Hi {firstName}' }, deps());
    const preset = await draftNote(o.id, { db });
    expect(preset).toMatchObject({ language: 'tr', presetKey: 'tr-thanks' });
    expect(preset?.templateId).toBeUndefined();
    expect(preset?.body).toMatch(/^Merhaba Ayşe,/);
    expect(preset?.body).toContain('Articulated dragon özenle basıldı');

    const tr = await createTemplate(
      { name: 'TR', language: 'tr', body: 'Selam {firstName}: {itemName} #{orderCount}' },
      deps(),
    );
    expect(await draftNote(o.id, { db })).toMatchObject({
      body: 'Selam Ayşe: Articulated dragon #1',
      templateId: tr.id,
    });
    expect(await draftNote('no-such-order', { db })).toBeUndefined();
  });

  it('suggests a personal line from the customer’s history and fills the shop’s details', async () => {
    const ana = await customer('Ana Muñoz');
    await createOrder(
      order(ana.id, {
        orderedDate: '2025-05-01',
        items: [{ title: 'Moon lamp', quantity: 1, unitPrice: 100 }],
      }),
      deps(),
    );
    await createOrder(order(ana.id, { orderedDate: '2025-09-01', status: 'cancelled' }), deps());
    const third = await createOrder(order(ana.id, { orderedDate: '2026-03-01' }), deps());
    await writeSetting(shopSetting, { name: 'Deniz Prints', discountCode: 'THANKS10' }, deps());
    await createTemplate(
      { name: 'T', language: 'en', body: '{personalLine}\n{shopName}: {discountCode} #{orderCount}' },
      deps(),
    );
    const d = await draftNote(third.id, { db });
    expect(d?.personalLine).toBe('This is your 2nd order; last time you chose the Moon lamp.');
    expect(d?.body).toBe(
      'This is your 2nd order; last time you chose the Moon lamp.\nDeniz Prints: THANKS10 #2',
    );
  });

  it('creates then updates the order’s one note, keeping its id and creation time', async () => {
    const ana = await customer('Ana Muñoz');
    const o = await createOrder(order(ana.id), deps());
    expect(await noteForOrder(o.id, { db })).toBeUndefined();
    expect(noteStatus(await noteForOrder(o.id, { db }))).toBe('none');

    const first = await saveNote(o.id, { body: 'Thank you, Ana!', mode: 'handwritten' }, deps());
    expect(first).toMatchObject({ orderId: o.id, customerId: ana.id, written: false, createdAt: clock });
    expect(first.sample).toBeUndefined();
    expect(noteStatus(first)).toBe('draft');

    clock += 1_000;
    const written = await saveNote(
      o.id,
      { body: 'Thank you, Ana! ✨', mode: 'handwritten', written: true },
      deps(),
    );
    expect(written.id).toBe(first.id);
    expect(written).toMatchObject({
      createdAt: first.createdAt,
      updatedAt: clock,
      body: 'Thank you, Ana! ✨',
    });
    expect(noteStatus(written)).toBe('written');
    expect(await db.notes.count()).toBe(1);

    // "Written" only means something for a handwritten note.
    const printed = await saveNote(o.id, { body: 'Thank you, Ana!', mode: 'printed', written: true }, deps());
    expect(printed.written).toBe(false);
    expect(noteStatus(printed)).toBe('draft');
  });

  it('refuses an empty note, a bad mode and a missing order, writing nothing', async () => {
    const ana = await customer('Ana Muñoz');
    const o = await createOrder(order(ana.id), deps());
    const empty = (await saveNote(o.id, { body: '  \n', mode: 'handwritten' }, deps()).catch(
      (e: unknown) => e,
    )) as ValidationError;
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty.issues.map((i) => i.path)).toEqual(['body']);
    await expect(saveNote(o.id, { body: 'Hi', mode: 'emailed' as 'printed' }, deps())).rejects.toThrow(
      ValidationError,
    );
    await expect(saveNote('no-such-order', { body: 'Hi', mode: 'printed' }, deps())).rejects.toThrow(
      'This order no longer exists',
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('keeps a print record while the note stays printed, and keeps a sample note removable', async () => {
    const ana = await customer('Ana Muñoz');
    const o = await createOrder(order(ana.id), deps());
    await saveNote(o.id, { body: 'Hi Ana', mode: 'printed' }, deps());
    await markNotesPrinted(await noteCards([o.id], db), { db, now: () => 1_770_000_000_000 });
    const edited = await saveNote(o.id, { body: 'Hi Ana!', mode: 'printed' }, deps());
    expect(edited.printedAt).toBe(1_770_000_000_000);
    expect(noteStatus(edited)).toBe('printed');
    const byHand = await saveNote(o.id, { body: 'Hi Ana!', mode: 'handwritten', written: true }, deps());
    expect(byHand.printedAt).toBeUndefined();
    expect(noteStatus(byHand)).toBe('written');

    await db.notes.update(byHand.id, { sample: 1 });
    expect((await saveNote(o.id, { body: 'Hi', mode: 'handwritten' }, deps())).sample).toBe(1);
  });

  it('ticks a note written from a checklist, saving the draft when there was no note', async () => {
    const ayse = await customer('Ayşe Demir', 'tr');
    const o = await createOrder(order(ayse.id), deps());
    const n = await markNoteWritten(o.id, true, deps());
    expect(n).toMatchObject({ mode: 'handwritten', written: true });
    expect(n.body).toMatch(/^Merhaba Ayşe,/);
    expect((await markNoteWritten(o.id, false, deps())).written).toBe(false);
    await expect(markNoteWritten('no-such-order', true, deps())).rejects.toThrow(ValidationError);
  });

  it('tells each order’s note status for lists', async () => {
    const ana = await customer('Ana Muñoz');
    const a = await createOrder(order(ana.id), deps());
    const b = await createOrder(order(ana.id), deps());
    await saveNote(a.id, { body: 'Hi', mode: 'handwritten', written: true }, deps());
    const map = await noteStatusesOf([a.id, b.id], deps());
    expect(Object.fromEntries(map)).toEqual({ [a.id]: 'written', [b.id]: 'none' });
  });
});

describe('note cards and the shop setting', () => {
  it('prints the saved note, or else the real draft in the customer’s language', async () => {
    const ana = await customer('Ana Muñoz');
    const ayse = await customer('Ayşe Demir', 'tr');
    const a = await createOrder(order(ana.id), deps());
    const b = await createOrder(order(ayse.id), deps());
    await saveNote(a.id, { body: 'Dear Ana,\nthank you!', mode: 'printed' }, deps());
    const cards = await noteCards([b.id, 'no-such-order', a.id], db);
    expect(cards.map((c) => c.orderId)).toEqual([b.id, a.id]);
    expect(cards[0]).toMatchObject({ firstName: 'Ayşe', language: 'tr', customerName: 'Ayşe Demir' });
    expect(cards[0]?.body).toMatch(/^Merhaba Ayşe,\n\nSiparişiniz için/);
    expect(cards[1]?.body).toBe('Dear Ana,\nthank you!');

    await markNotesPrinted(cards, { db, now });
    const statuses = await noteStatusesOf([a.id, b.id], deps());
    expect([...statuses.values()]).toEqual(['printed', 'printed']);
    expect((await noteForOrder(b.id, { db }))?.body).toBe(cards[0]?.body);
  });

  it('validates the shop setting and reads a broken one as the fallback', async () => {
    expect(await readSetting(shopSetting, db)).toEqual({ name: '', noteMode: 'handwritten' });
    await expect(
      writeSetting(shopSetting, { name: 'Deniz', discountCode: 'THANKS 10' }, deps()),
    ).rejects.toThrow(ValidationError);
    await writeSetting(
      shopSetting,
      { name: ' Deniz Prints ', discountCode: 'THANKS10', noteMode: 'printed' },
      deps(),
    );
    expect(await readSetting(shopSetting, db)).toEqual({
      name: 'Deniz Prints',
      discountCode: 'THANKS10',
      noteMode: 'printed',
    });
    await db.settings.put({ key: 'shop', value: { name: 42 }, updatedAt: 1 });
    expect((await readSetting(shopSetting, db)).name).toBe('');
  });
});
