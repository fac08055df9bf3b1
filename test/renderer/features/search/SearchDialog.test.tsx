import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
} from '../../appHarness';

async function seedLeipzig() {
  const options = freshDatabaseOptions();
  await seed(options, async (database) => {
    await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Anja', familyName: 'Müller' }),
      't',
    );
    await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Hans', familyName: 'Schmidt' }),
      't',
    );
    await insertEntity(
      database.organisations,
      { tags: [], name: 'Kreatives Leipzig', kind: 'agency', address: 'Burgstraße 1', sectors: [] },
      't',
    );
  });
  return options;
}

describe('SearchDialog', () => {
  it('opens with Ctrl+K and finds Müller typed as Mueller', async () => {
    const { user } = await renderApp({ options: await seedLeipzig() });
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    expect(input).toHaveFocus();
    await user.type(input, 'Mueller');

    const results = screen.getByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(results).toHaveAttribute('data-query', 'Mueller'));
    expect(
      within(results)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['ContactAnja Müller']);
  });

  it('finds an organisation by its street written with ss', async () => {
    const { user } = await renderApp({ options: await seedLeipzig() });
    await user.click(screen.getByRole('button', { name: /Search/ }));
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'burgstrasse');
    const results = screen.getByRole('listbox', { name: 'Search results' });
    expect(
      await within(results).findByRole('option', { name: /Kreatives Leipzig/ }),
    ).toBeInTheDocument();
  });

  it('opens the chosen result with the keyboard and closes, returning focus', async () => {
    const { user } = await renderApp({ options: await seedLeipzig() });
    const button = screen.getByRole('button', { name: /Search/ });
    await user.click(button);
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'schm');
    await within(screen.getByRole('listbox', { name: 'Search results' })).findByRole('option', {
      name: /Schmidt/,
    });
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'Hans Schmidt', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when nothing matches, and Escape closes the dialog', async () => {
    const { user } = await renderApp({ options: await seedLeipzig() });
    const button = screen.getByRole('button', { name: /Search/ });
    await user.click(button);
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'Zwickau');
    expect(await screen.findByText('Nothing matches “Zwickau”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('finds a contact created after the index was built', async () => {
    const { user } = await renderApp({ hash: '#/contacts', options: await seedLeipzig() });
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'Müller');
    await within(screen.getByRole('listbox', { name: 'Search results' })).findByRole('option', {
      name: /Anja Müller/,
    });
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Given names' }), 'Ágnes');
    await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Kovács');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await screen.findByRole('heading', { name: 'Ágnes Kovács', level: 2 });

    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox', { name: 'Search' }), 'kovacs');
    expect(
      await within(screen.getByRole('listbox', { name: 'Search results' })).findByRole('option', {
        name: /Ágnes Kovács/,
      }),
    ).toBeInTheDocument();
  });
});
