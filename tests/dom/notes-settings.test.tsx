import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appDb } from '@/db/db';
import { createTemplate } from '@/db/notes';
import { readSetting, writeSetting } from '@/db/settings';
import { shopSetting } from '@/db/shop-settings';
import { NoteTemplatesCard } from '@/features/notes/NoteTemplatesCard';
import { resetAppDb } from './db';
import { renderApp } from './render';

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
});

const templates = () => appDb().noteTemplates.toArray();

async function openNewTemplate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New template' }));
  return screen.findByRole('dialog', { name: 'New template' });
}

describe('NoteTemplatesCard', () => {
  it('offers the presets when there are no templates, and adds them', async () => {
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    expect(await screen.findByText('No templates in English yet')).toBeInTheDocument();
    expect(screen.getByText(/drafted from the built-in “Thank you” preset/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the preset templates' }));
    await waitFor(async () => expect((await templates()).filter((t) => t.language === 'en')).toHaveLength(5));
    const item = await screen.findByRole('listitem', { name: 'Thank you' });
    expect(within(item).getByText('Default')).toBeInTheDocument();
    // Only this language was added; the Turkish tab still offers its own.
    expect((await templates()).some((t) => t.language === 'tr')).toBe(false);
    await user.click(screen.getByRole('tab', { name: /Turkish/ }));
    expect(await screen.findByText('No templates in Turkish yet')).toBeInTheDocument();
  });

  it('shows a clear error for an unknown placeholder and writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    const dialog = await openNewTemplate(user);
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Thanks');
    await user.click(within(dialog).getByRole('textbox', { name: /^Text/ }));
    await user.paste('Hi {firstName}, enjoy your {item}!');
    const body = within(dialog).getByRole('textbox', { name: /^Text/ });
    expect(body).toHaveAccessibleDescription(/Unknown placeholder \{item\}: did you mean \{itemName\}\?/);
    expect(within(dialog).getByTestId('template-preview')).toHaveTextContent('Hi Emma, enjoy your {item}!');

    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect(await within(dialog).findByText('Check the highlighted fields.')).toBeInTheDocument();
    expect(await templates()).toHaveLength(0);

    // Clicking a placeholder inserts it where the cursor is; the error goes once the text is right.
    await user.clear(body);
    await user.click(within(dialog).getByRole('button', { name: 'Insert {firstName}' }));
    expect(body).toHaveValue('{firstName}');
    expect(body).not.toHaveAccessibleDescription(/Unknown placeholder/);
    expect(within(dialog).getByTestId('template-preview')).toHaveTextContent(/^Emma$/);
  });

  it('previews live with sample values and warns about a review incentive', async () => {
    await writeSetting(shopSetting, { name: 'Deniz Prints', discountCode: 'THANKS10' });
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    const dialog = await openNewTemplate(user);
    const body = within(dialog).getByRole('textbox', { name: /^Text/ });
    await user.click(body);
    await user.paste('Hi {firstName}!\n{personalLine}\nCode: {discountCode}\n{shopName}');
    const preview = within(dialog).getByTestId('template-preview');
    expect(preview).toHaveTextContent(
      'Hi Emma! This is your 3rd order; last time you chose the Moon lamp. Code: THANKS10 Deniz Prints',
    );
    await user.click(within(dialog).getByRole('switch', { name: 'Preview a first order' }));
    expect(preview).toHaveTextContent(/^Hi Emma! Code: THANKS10 Deniz Prints$/);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(body);
    await user.paste('\nLeave a review and use this code!');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This may break Etsy’s review policy');
    expect(alert).toHaveTextContent('mentions “Code” and “review” together');
    // A warning, not a refusal: the seller may still save.
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Risky');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(async () => expect((await templates()).map((t) => t.name)).toEqual(['Risky']));
  });

  it('switches the default and deletes after confirming', async () => {
    await createTemplate({ name: 'Warm', language: 'en', body: 'Warm thanks, {firstName}!' });
    await createTemplate({ name: 'Short', language: 'en', body: 'Thanks {firstName}.' });
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    const short = await screen.findByRole('listitem', { name: 'Short' });
    await user.click(within(short).getByRole('button', { name: 'Make “Short” the default' }));
    await waitFor(async () =>
      expect((await templates()).filter((t) => t.isDefault).map((t) => t.name)).toEqual(['Short']),
    );
    expect(await within(short).findByText('Default')).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: 'Warm' })).queryByText('Default'),
    ).not.toBeInTheDocument();

    await user.click(within(short).getByRole('button', { name: 'Delete “Short”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the template “Short”?' });
    expect(dialog).toHaveTextContent('It is the default for English');
    expect(await templates()).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(async () =>
      expect((await templates()).map((t) => [t.name, t.isDefault])).toEqual([['Warm', true]]),
    );
  });

  it('edits a template and starts one from a preset', async () => {
    const warm = await createTemplate({ name: 'Warm', language: 'en', body: 'Warm thanks, {firstName}!' });
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    await user.click(await screen.findByRole('button', { name: 'Edit “Warm”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Warm”' });
    const body = within(dialog).getByRole('textbox', { name: /^Text/ });
    expect(body).toHaveValue('Warm thanks, {firstName}!');
    await user.click(body);
    await user.paste(' Enjoy the {itemName}.');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(async () =>
      expect((await appDb().noteTemplates.get(warm.id))?.body).toBe(
        'Warm thanks, {firstName}! Enjoy the {itemName}.',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Start from a preset' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Share a photo', hidden: true }));
    const fromPreset = await screen.findByRole('dialog', { name: 'New template' });
    expect(within(fromPreset).getByRole('textbox', { name: /^Name/ })).toHaveValue('Share a photo');
    const presetBody = within(fromPreset).getByRole('textbox', { name: /^Text/ }) as HTMLTextAreaElement;
    expect(presetBody.value).toContain('send me a photo');
    await user.click(within(fromPreset).getByRole('button', { name: 'Save template' }));
    await waitFor(async () =>
      expect((await templates()).map((t) => t.name).sort()).toEqual(['Share a photo', 'Warm']),
    );
  });

  it('saves the shop details, refusing a code with spaces', async () => {
    const user = userEvent.setup();
    await renderApp(<NoteTemplatesCard />);
    await user.type(await screen.findByRole('textbox', { name: /^Shop name/ }), 'Deniz Prints');
    await user.type(screen.getByRole('textbox', { name: /^Discount code/ }), 'THANKS 10');
    await user.click(screen.getByRole('button', { name: 'Save shop details' }));
    expect(await screen.findByText('A code has no spaces.')).toBeInTheDocument();
    expect(await readSetting(shopSetting)).toEqual({ name: '', noteMode: 'handwritten' });

    await user.clear(screen.getByRole('textbox', { name: /^Discount code/ }));
    await user.type(screen.getByRole('textbox', { name: /^Discount code/ }), 'THANKS10');
    await user.click(screen.getByRole('radio', { name: 'Printed' }));
    await user.click(screen.getByRole('button', { name: 'Save shop details' }));
    await waitFor(async () =>
      expect(await readSetting(shopSetting)).toEqual({
        name: 'Deniz Prints',
        discountCode: 'THANKS10',
        noteMode: 'printed',
      }),
    );
  });
});
