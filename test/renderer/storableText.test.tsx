import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentIssues } from '../../shared/sync/documentRules';
import { renderApp } from './appHarness';
import { openedDatabase, watchOpenedDatabases } from './liveDatabase';

beforeAll(watchOpenedDatabases);

/** Puts `value` into a field as a paste would, control characters and all. */
const paste = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

/** Every stored document of a collection, as the sync server would check it. */
async function serverVerdicts(collection: 'contacts' | 'organisations') {
  const documents = await openedDatabase()[collection].find().exec();
  return documents.map((document) =>
    documentIssues(collection, { ...document.toJSON(), _deleted: false }),
  );
}

describe('forms keep text the sync server takes', () => {
  it('contact: drops a NUL and a bell, fits line breaks to each field, and the server would take it', async () => {
    const { user } = await renderApp({ hash: '#/contacts/new', keyDelay: null });
    paste(await screen.findByRole('textbox', { name: 'Given names' }), 'Burk\u0007hard');
    paste(screen.getByRole('textbox', { name: 'Family name' }), 'Ju\u0000ng');
    paste(screen.getByRole('textbox', { name: 'Pronunciation' }), 'BOOR-\r\nkhart');
    paste(screen.getByRole('textbox', { name: 'Notes' }), 'Mayor since 2006.\r\nSPD.');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await screen.findByRole('heading', { name: 'Burkhard Jung', level: 2 });
    const [stored] = await openedDatabase().contacts.find().exec();
    expect(stored?.toJSON()).toMatchObject({
      givenNames: 'Burkhard',
      familyName: 'Jung',
      notes: 'Mayor since 2006.\nSPD.',
    });
    expect(stored?.pronunciation).not.toMatch(/[\r\n]/);
    expect(await serverVerdicts('contacts')).toEqual([[]]);
  });

  it('contact: refuses a broken character beside its field, and saves nothing', async () => {
    const { user } = await renderApp({ hash: '#/contacts/new', keyDelay: null });
    const family = await screen.findByRole('textbox', { name: 'Family name' });
    paste(family, 'Jung \uD800');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await waitFor(() => expect(family).toHaveAttribute('aria-invalid', 'true'));
    expect(family).toHaveAccessibleDescription(/broken character/);
    expect(await openedDatabase().contacts.find().exec()).toEqual([]);
  });

  it('organisation: refuses javascript: and http: websites, cleans its text, and the server would take it', async () => {
    const { user } = await renderApp({ hash: '#/organisations/new', keyDelay: null });
    const form = await screen.findByRole('form', { name: 'New organisation' });
    const website = within(form).getByRole('textbox', { name: 'Website' });
    paste(
      within(form).getByRole('textbox', { name: 'Name of the organisation' }),
      'Stadt\u0000 Leipzig',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'city-council');
    paste(within(form).getByRole('textbox', { name: 'Address' }), 'Markt 1\r\n04109 Leipzig\u0007');
    for (const refused of ['javascript:alert(1)', 'http://www.leipzig.de']) {
      paste(website, refused);
      await user.click(within(form).getByRole('button', { name: 'Save organisation' }));
      await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
      expect(website).toHaveAccessibleDescription(expect.stringContaining('https://'));
    }
    paste(website, 'https://www.leipzig.de');
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    await screen.findByRole('heading', { name: 'Stadt Leipzig', level: 2 });
    const [stored] = await openedDatabase().organisations.find().exec();
    expect(stored?.toJSON()).toMatchObject({
      name: 'Stadt Leipzig',
      address: 'Markt 1\n04109 Leipzig',
      website: 'https://www.leipzig.de',
    });
    expect(await serverVerdicts('organisations')).toEqual([[]]);
  });
});
