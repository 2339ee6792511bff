import { describe, expect, it } from 'vitest';
import {
  notePlaceholderProblems,
  notePlaceholders,
  noteTemplateInputSchema,
} from '@shared/notes/placeholders';
import { renderNote } from '@shared/notes/values';
import {
  renderTemplate,
  suggestPlaceholder,
  templatePlaceholders,
  unknownPlaceholders,
} from '@shared/templates/render';

const values = {
  firstName: 'Ana',
  itemName: 'Articulated dragon',
  shopName: 'Deniz Prints',
  orderCount: '3',
  discountCode: 'THANKS10',
  personalLine: 'This is your 3rd order; last time you chose the Moon lamp.',
};

describe('renderTemplate', () => {
  it('fills every known placeholder, as often as it is used', () => {
    const r = renderTemplate('Hi {firstName}! {firstName}, your {itemName} from {shopName}.', values);
    expect(r.text).toBe('Hi Ana! Ana, your Articulated dragon from Deniz Prints.');
    expect(r.unknown).toEqual([]);
  });

  it('leaves an unknown placeholder as written and names it', () => {
    const r = renderTemplate('Hi {firstName}, see {itemname} and {colour}.', values);
    expect(r.text).toBe('Hi Ana, see {itemname} and {colour}.');
    expect(r.unknown).toEqual(['itemname', 'colour']);
  });

  it('inserts a value holding braces literally, never expanding it again', () => {
    const r = renderTemplate('Hi {firstName}, thanks for the {itemName}', {
      firstName: '{itemName}',
      itemName: '{firstName} {shopName}',
    });
    expect(r.text).toBe('Hi {itemName}, thanks for the {firstName} {shopName}');
    expect(r.unknown).toEqual([]);
  });

  it('inserts a value holding HTML as plain text, unescaped and unchanged', () => {
    const html = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const r = renderTemplate('Dear {firstName}', { firstName: html });
    expect(r.text).toBe(`Dear ${html}`);
  });

  it('does not treat $ patterns in a value specially', () => {
    expect(renderTemplate('{firstName}', { firstName: "$& $1 $' $$" }).text).toBe("$& $1 $' $$");
  });

  it('does not take an inherited property for a value', () => {
    const r = renderTemplate('{constructor} {toString}', values);
    expect(r.text).toBe('{constructor} {toString}');
    expect(r.unknown).toEqual(['constructor', 'toString']);
  });

  it('lists the placeholders of a template once, in order of first use', () => {
    expect(templatePlaceholders('{b} {a} {b} { c } {1x} {d2}')).toEqual(['b', 'a', 'd2']);
    expect(unknownPlaceholders('{firstName} {firstname} {x}', notePlaceholders)).toEqual(['firstname', 'x']);
  });
});

describe('suggestPlaceholder', () => {
  it('suggests the known name for a case slip, a shortening or a typo', () => {
    expect(suggestPlaceholder('firstname', notePlaceholders)).toBe('firstName');
    expect(suggestPlaceholder('item', notePlaceholders)).toBe('itemName');
    expect(suggestPlaceholder('fistName', notePlaceholders)).toBe('firstName');
    expect(suggestPlaceholder('discountCodes', notePlaceholders)).toBe('discountCode');
  });
  it('suggests nothing when nothing is close', () => {
    expect(suggestPlaceholder('colour', notePlaceholders)).toBeUndefined();
    expect(suggestPlaceholder('x', notePlaceholders)).toBeUndefined();
  });
});

describe('note template check', () => {
  it('names each unknown placeholder with a likely correction', () => {
    expect(notePlaceholderProblems('Hi {firstName}, your {item} in {colour}')).toEqual([
      { name: 'item', suggestion: 'itemName' },
      { name: 'colour' },
    ]);
    expect(notePlaceholderProblems(notePlaceholders.map((p) => `{${p}}`).join(' '))).toEqual([]);
  });

  it('refuses an unknown placeholder on the body field, naming it', () => {
    const r = noteTemplateInputSchema.safeParse({ name: 'Thanks', language: 'en', body: 'Hi {frstName}' });
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(['body']);
    expect(issue?.message).toBe('Unknown placeholder {frstName} (did you mean {firstName}?)');
  });

  it('refuses a blank name or body, and accepts a good template', () => {
    const bad = noteTemplateInputSchema.safeParse({ name: ' ', language: 'en', body: '  \n ' });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['body', 'name']);
    const good = noteTemplateInputSchema.parse({
      name: ' Thanks ',
      language: 'tr',
      body: 'Merhaba {firstName}',
    });
    expect(good).toEqual({ name: 'Thanks', language: 'tr', body: 'Merhaba {firstName}', isDefault: false });
  });
});

describe('renderNote', () => {
  it('fills the template like renderTemplate when every value is there', () => {
    const body = 'Hi {firstName},\n\nYour {itemName}.\n{personalLine}\n\nCode: {discountCode}\n{shopName}';
    expect(renderNote(body, values).text).toBe(
      'Hi Ana,\n\nYour Articulated dragon.\nThis is your 3rd order; last time you chose the Moon lamp.\n\nCode: THANKS10\nDeniz Prints',
    );
  });

  it('leaves out a line whose placeholder has nothing to fill, without doubling blank lines', () => {
    const body =
      'Hi {firstName},\n\nYour {itemName}.\n{personalLine}\n\nCode: {discountCode}\n\nWarmly,\n{shopName}';
    const r = renderNote(body, { ...values, personalLine: '', discountCode: '' });
    expect(r.text).toBe('Hi Ana,\n\nYour Articulated dragon.\n\nWarmly,\nDeniz Prints');
  });

  it('leaves out a first or last line without leaving blank lines at the edges', () => {
    expect(
      renderNote('{personalLine}\n\nThanks!\n\n{discountCode}', { personalLine: '', discountCode: '' }).text,
    ).toBe('Thanks!');
  });

  it('keeps blank lines the seller wrote where nothing was left out', () => {
    expect(renderNote('A\n\n\nB', values).text).toBe('A\n\n\nB');
  });

  it('still inserts values literally and lists unknown placeholders', () => {
    const r = renderNote('{firstName} {mystery}\n{itemName}', { ...values, firstName: '{itemName}' });
    expect(r.text).toBe('{itemName} {mystery}\nArticulated dragon');
    expect(r.unknown).toEqual(['mystery']);
  });

  it('treats Windows line breaks like any other', () => {
    expect(renderNote('Hi {firstName}\r\n{discountCode}\r\nBye', { ...values, discountCode: '' }).text).toBe(
      'Hi Ana\nBye',
    );
  });
});
