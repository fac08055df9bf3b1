import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  organisationFields,
  seed,
} from '../../appHarness';
import { watchStorageReads } from '../../storageReads';
import { addContact, addItem, addVisit, renderVisits } from './visitHarness';

const agendaItems = () =>
  within(screen.getByRole('list', { name: 'Agenda' })).queryAllByRole('listitem');

describe('VisitDetail', () => {
  it('deletes a visit with its agenda items, and Undo restores both', async () => {
    const options = freshDatabaseOptions();
    const visitId = await seed(options, async (database) => {
      const visit = await addVisit(database);
      await addItem(database, visit.id, 'Aston University', '2025-06-11T10:00', '2025-06-11T12:00');
      await addItem(database, visit.id, 'STEAMhouse', '2025-06-12T09:00', '2025-06-12T10:00');
      await addItem(database, visit.id, 'Council House', '2025-06-12T18:00', '2025-06-12T20:00');
      return visit.id;
    });
    const { user } = await renderVisits({ hash: `#/visits/${visitId}`, options });
    await waitFor(() => expect(agendaItems()).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: 'Delete visit' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Delete “Leipzig delegation to Birmingham”?',
    });
    expect(confirm).toHaveAccessibleDescription(
      'The visit and its 3 agenda items will be deleted with it. Undo restores both.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Delete visit' }));

    expect(await screen.findByText(/No visits yet/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Deleted “Leipzig delegation to Birmingham” and 3 agenda items.',
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(await screen.findByRole('link', { name: 'Leipzig delegation to Birmingham' }));
    await waitFor(() => expect(agendaItems()).toHaveLength(3));
  });

  it('deletes one agenda item from its row, making its confirmation only when asked', async () => {
    const options = freshDatabaseOptions();
    const visitId = await seed(options, async (database) => {
      const visit = await addVisit(database);
      await addItem(database, visit.id, 'Aston University', '2025-06-11T10:00', '2025-06-11T12:00');
      await addItem(database, visit.id, 'STEAMhouse', '2025-06-12T09:00', '2025-06-12T10:00');
      return visit.id;
    });
    const { user } = await renderVisits({ hash: `#/visits/${visitId}`, options });
    await waitFor(() => expect(agendaItems()).toHaveLength(2));
    // A programme's delete buttons hold no dialog until one is pressed.
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();

    const row = screen.getByRole('listitem', { name: 'STEAMhouse' });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “STEAMhouse”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(agendaItems()).toHaveLength(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “STEAMhouse”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(agendaItems()).toHaveLength(2));
  });

  it('duplicates a visit as a template on new dates, keeping local times and leaving out cancelled items', async () => {
    const options = freshDatabaseOptions();
    const visitId = await seed(options, async (database) => {
      const visit = await addVisit(database, {
        title: 'Creative industries mission',
        startDate: '2025-03-27',
        endDate: '2025-03-29',
        status: 'done',
      });
      await addItem(database, visit.id, 'Round table', '2025-03-27T10:00', '2025-03-27T12:00');
      await addItem(database, visit.id, 'Dinner', '2025-03-28T19:00', '2025-03-28T21:00', {
        status: 'cancelled',
      });
      await addItem(database, visit.id, 'The Old Crown', '2025-03-29T18:00', '2025-03-29T20:00');
      return visit.id;
    });
    const { user } = await renderVisits({ hash: `#/visits/${visitId}`, options });
    await waitFor(() => expect(agendaItems()).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: 'Duplicate as template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duplicate as template' });
    const start = within(dialog).getByLabelText('New start date');
    await user.clear(start);
    // A week later, after British clocks have gone forward.
    await user.type(start, '2025-04-03');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Status of the copy' }),
      'idea',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create copy' }));

    expect(
      await screen.findByRole('heading', { name: 'Creative industries mission (copy)', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Idea')).toBeInTheDocument();
    await waitFor(() => expect(agendaItems()).toHaveLength(2));
    const [roundTable, oldCrown] = agendaItems();
    expect(roundTable).toHaveAccessibleName('Round table');
    expect(roundTable).toHaveTextContent('10:00–12:00');
    expect(oldCrown).toHaveAccessibleName('The Old Crown');
    expect(oldCrown).toHaveTextContent('18:00–20:00');
    expect(screen.getByRole('heading', { name: /3 April 2025/, level: 3 })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All visits' }));
    const list = await screen.findByRole('list', { name: 'Visits' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2));
  });

  it('adds and removes delegation members with roles and partner organisations', async () => {
    const options = freshDatabaseOptions();
    const { visitId, jungId } = await seed(options, async (database) => {
      const visit = await addVisit(database);
      const jung = await addContact(database, 'Burkhard', 'Jung');
      await addContact(database, 'Anja', 'Müller');
      await insertEntity(
        database.organisations,
        organisationFields({ name: 'Aston University', kind: 'university' }),
        'test',
      );
      return { visitId: visit.id, jungId: jung.id };
    });
    const { user } = await renderVisits({ hash: `#/visits/${visitId}`, options });
    const members = await screen.findByRole('region', { name: 'Delegation' });
    expect(within(members).getByText('No members yet.')).toBeInTheDocument();
    // The people to choose from arrive from their own live query.
    await within(members).findByRole('option', { name: 'Burkhard Jung' });

    await user.selectOptions(within(members).getByRole('combobox', { name: 'Person' }), jungId);
    await user.selectOptions(within(members).getByRole('combobox', { name: 'Role' }), 'lead');
    await user.click(within(members).getByRole('button', { name: 'Add member' }));
    const list = await within(members).findByRole('list', { name: 'Delegation' });
    const link = within(list).getByRole('link', { name: 'Burkhard Jung' });
    expect(link).toHaveAttribute('href', `#/contacts/${jungId}`);
    expect(within(list).getByRole('listitem')).toHaveTextContent('Lead');

    // The same person cannot join twice.
    await user.selectOptions(within(members).getByRole('combobox', { name: 'Person' }), jungId);
    await user.click(within(members).getByRole('button', { name: 'Add member' }));
    expect(within(members).getByRole('alert')).toHaveTextContent(
      'This person is already in the delegation.',
    );

    await user.click(within(list).getByRole('button', { name: 'Remove Burkhard Jung' }));
    expect(await within(members).findByText('No members yet.')).toBeInTheDocument();

    const partners = screen.getByRole('region', { name: 'Partner organisations' });
    await user.selectOptions(
      within(partners).getByRole('combobox', { name: 'Organisation' }),
      'Aston University',
    );
    await user.click(within(partners).getByRole('button', { name: 'Add organisation' }));
    expect(
      await within(partners).findByRole('link', { name: 'Aston University' }),
    ).toBeInTheDocument();
    await user.click(within(partners).getByRole('button', { name: 'Remove Aston University' }));
    expect(await within(partners).findByText('No partner organisations yet.')).toBeInTheDocument();
  });

  describe('in a large workspace', () => {
    // jsdom has no requestIdleCallback; the app then waits 200 ms instead.
    afterEach(() => {
      Reflect.deleteProperty(window, 'requestIdleCallback');
      Reflect.deleteProperty(window, 'cancelIdleCallback');
    });

    it('shows its first screen reading the people and organisations it names, not every one', async () => {
      const options = freshDatabaseOptions();
      const now = new Date().toISOString();
      const { visitId } = await seed(options, async (database) => {
        await database.contacts.bulkInsert(
          Array.from({ length: 300 }, (_, index) => ({
            id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
            createdAt: now,
            updatedAt: now,
            updatedBy: 'test',
            ...contactFields({ givenNames: 'Person', familyName: `Nummer ${index}` }),
          })),
        );
        for (let index = 0; index < 30; index++) {
          await insertEntity(
            database.organisations,
            organisationFields({ name: `Organisation ${index}`, kind: 'company' }),
            'test',
          );
        }
        const jung = await addContact(database, 'Burkhard', 'Jung');
        const host = await insertEntity(
          database.organisations,
          organisationFields({ name: 'Aston University', kind: 'university' }),
          'test',
        );
        const visit = await addVisit(database, {
          members: [{ contactId: jung.id, role: 'lead' }],
        });
        await addItem(database, visit.id, 'Round table', '2025-06-11T10:00', '2025-06-11T12:00', {
          hostOrganisationId: host.id,
          attendeeIds: [jung.id],
        });
        await addItem(database, visit.id, 'Dinner', '2025-06-12T19:00', '2025-06-12T21:00');
        // An earlier visit's programme: nothing to do with this one's clashes.
        const spring = await addVisit(database, { startDate: '2025-03-03', endDate: '2025-03-07' });
        for (let day = 3; day <= 7; day++) {
          for (const hour of ['09', '11', '14', '16']) {
            const start = `2025-03-0${day}T${hour}:00`;
            await addItem(
              database,
              spring.id,
              `Slot ${day}/${hour}`,
              start,
              `${start.slice(0, 11)}${hour}:45`,
            );
          }
        }
        return { visitId: visit.id };
      });
      // The window never idles here: the pickers' lists wait for someone to use them.
      Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined });
      const reads = watchStorageReads();
      let unmount = () => undefined as void;
      try {
        const { user, view } = await renderVisits({ hash: `#/visits/${visitId}`, options });
        unmount = () => view.unmount();
        await waitFor(() => expect(agendaItems()).toHaveLength(2));
        const round = agendaItems().find((item) => item.textContent?.includes('Round table'));
        await waitFor(() => expect(round).toHaveTextContent('Aston University'));
        expect(round).toHaveTextContent('Burkhard Jung');

        // The one person and the one organisation named, not 301 and 31.
        expect(reads.documents('contacts')).toBeLessThanOrEqual(2);
        expect(reads.documents('organisations')).toBeLessThanOrEqual(2);
        // Its own two items, not the 20 of a visit three months before.
        expect(reads.documents('agendaItems')).toBeLessThanOrEqual(4);

        // About to add a member: now the people to choose from are read.
        const members = screen.getByRole('region', { name: 'Delegation' });
        await user.hover(within(members).getByRole('combobox', { name: 'Person' }));
        expect(
          await within(members).findByRole('option', { name: 'Person Nummer 299' }),
        ).toBeInTheDocument();
      } finally {
        reads.stop();
        // Before the idle callbacks go: unmounting cancels them.
        unmount();
      }
    });
  });
});
