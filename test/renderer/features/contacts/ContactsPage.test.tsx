import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactOrder, contactOrderOf } from '../../../../renderer/data/contactOrder';
import { CONTACT_PAGE_SIZE } from '../../../../renderer/data/useContactPages';
import type { DatabaseOptions } from '../../../../renderer/data/database';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  organisationFields,
  renderApp,
  seed,
  visitFields,
} from '../../appHarness';
import { openedDatabase, watchOpenedDatabases } from '../../liveDatabase';
import { watchStorageReads } from '../../storageReads';

// What waits for the screen to settle (the search index's warm-up, which
// reads every contact) is held back here: these tests count what the list
// itself reads, whenever the warm-up would come on a busy machine.
vi.mock('../../../../renderer/services/startup', () => ({
  frameShown: () => undefined,
  afterFirstScreen: () => () => undefined,
}));

/** Opens the app on Contacts and waits for its heading. */
async function renderContacts(options = freshDatabaseOptions()) {
  const rendered = await renderApp({ hash: '#/contacts', options });
  await screen.findByRole('heading', { name: 'Contacts', level: 1 });
  return rendered;
}

async function seedPeople(options: DatabaseOptions, people: [given: string, family: string][]) {
  await seed(options, async (database) => {
    for (const [givenNames, familyName] of people) {
      await insertEntity(database.contacts, contactFields({ givenNames, familyName }), 'test');
    }
  });
}

describe('ContactsPage', () => {
  it('opens on Contacts with its empty state and offers every section in the navigation', async () => {
    await renderContacts();
    expect(await screen.findByText(/No contacts yet/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    for (const name of [
      'Today',
      'Visits',
      'Contacts',
      'Organisations',
      'Partnerships',
      'Follow-ups',
      'Settings',
    ]) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
  });

  it('moves to another section when it is chosen', async () => {
    const { user } = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveClass('active');
  });

  it('refuses to save a contact without a name and says which field to fix', async () => {
    const { user } = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.click(await screen.findByRole('button', { name: 'Save contact' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please correct 1 field before saving.',
    );
    const familyName = screen.getByRole('textbox', { name: 'Family name' });
    expect(familyName).toHaveAttribute('aria-invalid', 'true');
    expect(familyName).toHaveAccessibleDescription('Enter a given name or a family name.');
    expect(familyName).toHaveFocus();
  });

  it('flags a malformed email beside the email field', async () => {
    const { user } = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.type(screen.getByRole('textbox', { name: 'Email 1' }), 'schmidt-at-leipzig');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    const email = screen.getByRole('textbox', { name: 'Email 1' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.org.');
    expect(screen.queryByRole('link', { name: /Schmidt/ })).not.toBeInTheDocument();
  });

  it('creates a contact with protocol details and shows how to address them', async () => {
    const { user } = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Honorific' }), 'Herr');
    await user.type(screen.getByRole('textbox', { name: 'Titles before the name' }), 'Prof. Dr.');
    await user.type(screen.getByRole('textbox', { name: 'Given names' }), 'Hans');
    await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Schmidt');
    await user.type(screen.getByRole('textbox', { name: 'Languages' }), 'de, en');
    await user.type(screen.getByRole('textbox', { name: 'Dietary needs' }), 'Vegetarian');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    const list = await screen.findByRole('list', { name: 'Contacts' });
    expect(within(list).getByRole('link', { name: 'Prof. Dr. Hans Schmidt' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Prof. Dr. Hans Schmidt', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByText('German, English')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Sensitive/ })).toHaveTextContent('Vegetarian');
  });

  it('edits a contact and shows the change in the list and the detail', async () => {
    const { user } = await renderContacts();
    await user.click(screen.getByRole('link', { name: 'New contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Given names' }), 'Anja');
    await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Muller');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await user.click(await screen.findByRole('link', { name: 'Edit' }));

    const familyName = await screen.findByRole('textbox', { name: 'Family name' });
    expect(familyName).toHaveValue('Muller');
    await user.clear(familyName);
    await user.type(familyName, 'Müller');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(
      await screen.findByRole('heading', { name: 'Anja Müller', level: 2 }),
    ).toBeInTheDocument();
    // The list's order follows the contacts a moment later (renderer/data/contactOrder.ts).
    const list = screen.getByRole('list', { name: 'Contacts' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Anja Müller']),
    );
  });

  it('lists contacts in German collation order, Ö beside O rather than after Z', async () => {
    const options = freshDatabaseOptions();
    await seedPeople(options, [
      ['Peter', 'Zimmermann'],
      ['Ayşe', 'Özdemir'],
      ['Olga', 'Oberndorf'],
      ['Paul', 'Peters'],
    ]);
    await renderContacts(options);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(4));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Olga Oberndorf', 'Ayşe Özdemir', 'Paul Peters', 'Peter Zimmermann']);
  });

  it('shows the whole app in German when German is chosen', async () => {
    const { user } = await renderContacts();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(await screen.findByRole('heading', { name: 'Kontakte', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neuer Kontakt' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });
});

describe('ContactsPage with many contacts', () => {
  it('renders only the rows in view of a long list, announcing the full size', async () => {
    const options = freshDatabaseOptions();
    const now = new Date().toISOString();
    await seed(options, (database) =>
      database.contacts.bulkInsert(
        Array.from({ length: 2000 }, (_, index) => ({
          id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          createdAt: now,
          updatedAt: now,
          updatedBy: 'test',
          ...contactFields({
            givenNames: 'Person',
            familyName: `Nummer ${String(index).padStart(4, '0')}`,
          }),
        })),
      ),
    );
    await renderContacts(options);

    // What it shows, not how fast: seeding and ordering 2,000 contacts in fake-indexeddb
    // took 11 s once on a machine running three test processes.
    expect(await screen.findByText('2,000 contacts', {}, { timeout: 45_000 })).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'Contacts' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-setsize', '2000');
    expect(rows[0]).toHaveTextContent('Person Nummer 0000');
  }, 60_000);
});

describe('ContactsPage reads a page, not the collection', () => {
  const bulkPeople = (count: number) => {
    const now = new Date().toISOString();
    return Array.from({ length: count }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      createdAt: now,
      updatedAt: now,
      updatedBy: 'test',
      ...contactFields({
        givenNames: 'Person',
        familyName: `Nummer ${String(index).padStart(4, '0')}`,
      }),
    }));
  };

  it('opens 2,000 contacts reading no contact and pages of 50 rows through the order index', async () => {
    const options = freshDatabaseOptions();
    // The list order is kept as contacts are written (a form, an import, a pull).
    await seed(options, async (database) => {
      await database.contacts.bulkInsert(bulkPeople(2000));
      await contactOrderOf(database).caughtUp();
    });
    const read = watchStorageReads();
    const pages = vi.spyOn(ContactOrder.prototype, 'page');
    try {
      await renderContacts(options);
      expect(await screen.findByText('2,000 contacts')).toBeInTheDocument();
      const list = screen.getByRole('list', { name: 'Contacts' });
      expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Person Nummer 0000');

      // Not one contact document was read to show the list…
      expect(read.documents('contacts')).toBe(0);
      // …and its rows came a page at a time, never all of them.
      expect(pages).toHaveBeenCalled();
      for (const [, limit] of pages.mock.calls) expect(limit).toBe(CONTACT_PAGE_SIZE);
      expect(pages.mock.calls.map(([skip]) => skip)).toContain(0);
    } finally {
      pages.mockRestore();
      read.stop();
    }
  });

  it('shows a contact that sync writes while the list is open, in its place', async () => {
    const options = freshDatabaseOptions();
    await seedPeople(options, [
      ['Olga', 'Oberndorf'],
      ['Peter', 'Zimmermann'],
    ]);
    watchOpenedDatabases();
    await renderContacts(options);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2));

    // Written as the replication writes a pulled document: into the collection, not by a form.
    const now = new Date().toISOString();
    await openedDatabase().contacts.bulkUpsert([
      {
        id: '00000000-0000-4000-8000-00000000beef',
        createdAt: now,
        updatedAt: now,
        updatedBy: 'colleague',
        ...contactFields({ givenNames: 'Ayşe', familyName: 'Özdemir' }),
      },
    ]);
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Olga Oberndorf', 'Ayşe Özdemir', 'Peter Zimmermann']),
    );
    expect(screen.getByText('3 contacts')).toBeInTheDocument();
  });

  it('lists Arabic and Chinese names after Latin ones', async () => {
    const options = freshDatabaseOptions();
    await seedPeople(options, [
      ['芳', '王'],
      ['Omar', 'علي'],
      ['Anna', 'Zeller'],
      ['伟', '张'],
      ['Ali', 'Ahmed'],
    ]);
    await renderContacts(options);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(5));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Ali Ahmed', 'Anna Zeller', 'Omar علي', '伟 张', '芳 王']);
  });
});

describe('ContactsPage delete and connections', () => {
  it('deletes a contact after confirmation and brings it back with Undo', async () => {
    const options = freshDatabaseOptions();
    await seedPeople(options, [['Burkhard', 'Jung']]);
    const { user } = await renderContacts(options);
    await user.click(await screen.findByRole('link', { name: 'Burkhard Jung' }));
    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete Burkhard Jung?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete contact' }));

    expect(await screen.findByText('Deleted Burkhard Jung.')).toBeInTheDocument();
    expect(await screen.findByText(/No contacts yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Burkhard Jung' })).toBeInTheDocument();
  });

  it('keeps a contact when deletion is cancelled', async () => {
    const options = freshDatabaseOptions();
    await seedPeople(options, [['Burkhard', 'Jung']]);
    const { user } = await renderContacts(options);
    await user.click(await screen.findByRole('link', { name: 'Burkhard Jung' }));
    await user.click(await screen.findByRole('button', { name: 'Delete contact' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Burkhard Jung', level: 2 })).toBeInTheDocument();
  });

  it('records the organisations a person works for and shows the visits they are part of', async () => {
    const options = freshDatabaseOptions();
    const { council } = await seed(options, async (database) => {
      const council = await insertEntity(
        database.organisations,
        organisationFields({ name: 'Birmingham City Council', kind: 'city-council' }),
        'test',
      );
      const contact = await insertEntity(
        database.contacts,
        contactFields({ givenNames: 'Zafar', familyName: 'Iqbal' }),
        'test',
      );
      await insertEntity(
        database.visits,
        visitFields({ members: [{ contactId: contact.id, role: 'host' }] }),
        'test',
      );
      return { council };
    });

    const { user } = await renderContacts(options);
    await user.click(await screen.findByRole('link', { name: 'Zafar Iqbal' }));
    const visits = await screen.findByRole('region', { name: 'Visits' });
    expect(
      await within(visits).findByRole('link', { name: 'Leipzig delegation to Birmingham' }),
    ).toBeInTheDocument();
    expect(visits).toHaveTextContent('Host');

    await user.click(screen.getByRole('link', { name: 'Edit' }));
    await user.click(await screen.findByRole('button', { name: 'Add organisation' }));
    const row = screen.getByRole('group', { name: 'Organisation 1' });
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Organisation' }),
      council.id,
    );
    await user.type(within(row).getByRole('textbox', { name: 'Role' }), 'Lord Mayor');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    const organisations = await screen.findByRole('region', { name: 'Organisations' });
    expect(
      await within(organisations).findByRole('link', { name: 'Birmingham City Council' }),
    ).toBeInTheDocument();
    expect(organisations).toHaveTextContent('Lord Mayor');
  });
});
