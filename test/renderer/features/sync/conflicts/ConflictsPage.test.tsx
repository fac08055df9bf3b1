import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LiaisonDatabase } from '../../../../../renderer/data/database';
import type { Conflict } from '../../../../../shared/domain/conflict';
import {
  agendaItemFields,
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
  visitFields,
} from '../../../appHarness';

// The app's clock is pinned: choices are stamped with this instant.
const now = '2025-06-12T09:00:00.000Z';
const MISSING_ID = '00000000-0000-4000-8000-000000000099';

interface Seeded {
  contactId: string;
  visitId: string;
  itemId: string;
}

/**
 * A contact, a visit and an agenda item as the merge left them (the server's
 * values in place), and the conflicts it recorded: two plain fields, a nested
 * one and a removed one on the contact, an edit-versus-delete each way, one
 * on a record this device no longer has, and one already resolved.
 */
async function seedConflicts() {
  const options = freshDatabaseOptions();
  const ids = await seed(options, async (database): Promise<Seeded> => {
    const contact = await insertEntity(
      database.contacts,
      contactFields({
        givenNames: 'Burkhard',
        familyName: 'Jung',
        titlesBefore: 'Dr.',
        pronunciation: 'YOONG',
        office: { title: 'Oberbürgermeister', spokenForm: 'Herr Oberbürgermeister' },
      }),
      'kim',
    );
    const visit = await insertEntity(database.visits, visitFields(), 'kim');
    const item = await insertEntity(database.agendaItems, agendaItemFields(visit.id), 'kim');
    const conflict = (
      id: number,
      fields: Pick<Conflict, 'collectionName' | 'documentId' | 'fieldPath' | 'detectedAt'> &
        Partial<Conflict>,
    ): Conflict => ({ id: conflictId(id), status: 'open', ...fields });
    await database.conflicts.bulkInsert([
      conflict(1, {
        collectionName: 'contacts',
        documentId: contact.id,
        fieldPath: 'familyName',
        localValue: 'Jung-Schmidt',
        serverValue: 'Jung',
        detectedAt: '2025-06-11T08:00:00.000Z',
      }),
      conflict(2, {
        collectionName: 'contacts',
        documentId: contact.id,
        fieldPath: 'office.spokenForm',
        localValue: 'Lord Mayor',
        serverValue: 'Herr Oberbürgermeister',
        detectedAt: '2025-06-11T08:00:00.000Z',
      }),
      conflict(3, {
        collectionName: 'contacts',
        documentId: contact.id,
        fieldPath: 'pronunciation',
        serverValue: 'YOONG',
        detectedAt: '2025-06-11T08:00:00.000Z',
      }),
      conflict(4, {
        collectionName: 'visits',
        documentId: visit.id,
        fieldPath: '_deleted',
        localValue: true,
        serverValue: false,
        detectedAt: '2025-06-11T09:00:00.000Z',
      }),
      conflict(5, {
        collectionName: 'agendaItems',
        documentId: item.id,
        fieldPath: '_deleted',
        localValue: false,
        serverValue: true,
        detectedAt: '2025-06-10T09:00:00.000Z',
      }),
      conflict(6, {
        collectionName: 'organisations',
        documentId: MISSING_ID,
        fieldPath: 'sectors',
        localValue: ['culture', 'education'],
        serverValue: [],
        detectedAt: '2025-06-09T09:00:00.000Z',
      }),
      conflict(7, {
        collectionName: 'contacts',
        documentId: contact.id,
        fieldPath: 'honorific',
        localValue: 'Herr',
        serverValue: 'OB',
        detectedAt: '2025-06-08T09:00:00.000Z',
        status: 'resolved',
        resolution: 'kept-server',
        resolvedAt: '2025-06-09T09:00:00.000Z',
      }),
    ]);
    return { contactId: contact.id, visitId: visit.id, itemId: item.id };
  });
  return { options, ...ids };
}

const conflictId = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;

/** The list of records with conflicts, once it shows `count` records. */
async function records(count: number, name = 'Records with conflicting changes, newest first') {
  const list = await screen.findByRole('list', { name });
  await waitFor(() =>
    expect(within(list).getAllByRole('listitem', { name: /./ }).filter(isRecord)).toHaveLength(
      count,
    ),
  );
  return list;
}

const isRecord = (item: HTMLElement) => item.classList.contains('conflict-record');

/** One record's entry, by its heading. */
const record = (name: string) =>
  screen.getAllByRole('listitem', { name }).find(isRecord) as HTMLElement;

/** One conflicting field of a record, by its label. */
const field = (recordName: string, label: string) =>
  within(record(recordName)).getByRole('listitem', { name: label });

/** Reads the store after the app has let go of it. */
async function readBack<T>(
  view: { unmount: () => void },
  options: ReturnType<typeof freshDatabaseOptions>,
  read: (database: LiaisonDatabase) => Promise<T>,
): Promise<T> {
  view.unmount();
  return seed(options, read);
}

const conflictOf = async (database: LiaisonDatabase, id: number) =>
  (await database.conflicts.findOne(conflictId(id)).exec())?.toJSON();

describe('ConflictsPage', () => {
  it('says when there is nothing to review', async () => {
    await renderApp({ hash: '#/conflicts', now });
    expect(await screen.findByText(/Nothing to review/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Conflicts' })).toHaveAttribute('href', '#/conflicts');
    // The header tells the local-only workspace apart from a synced one.
    expect(screen.getByRole('group', { name: 'Sync status' })).toHaveTextContent(
      'Local workspace — not synced',
    );
  });

  it('lists open conflicts by record, newest first, with both values side by side', async () => {
    const { options } = await seedConflicts();
    await renderApp({ hash: '#/conflicts', options, now });
    const list = await records(4);

    expect(screen.getByRole('link', { name: 'Conflicts (6 open)' })).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Leipzig delegation to Birmingham',
      'Dr. Burkhard Jung',
      'Visit to Aston University',
      'Organisation',
    ]);

    const contact = record('Dr. Burkhard Jung');
    expect(within(contact).getByRole('link', { name: 'Dr. Burkhard Jung' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/contacts\//),
    );
    expect(
      within(contact)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Family name', 'Office › Spoken form', 'Pronunciation']);
    const familyName = field('Dr. Burkhard Jung', 'Family name');
    expect(familyName).toHaveTextContent('YoursJung-Schmidt');
    expect(familyName).toHaveTextContent('TheirsJung');
    expect(field('Dr. Burkhard Jung', 'Pronunciation')).toHaveTextContent('Yours(removed)');
    // The resolved conflict on the honorific is not shown.
    expect(within(contact).queryByRole('listitem', { name: 'Honorific' })).toBeNull();

    const visit = field('Leipzig delegation to Birmingham', 'Deleted or kept');
    expect(visit).toHaveTextContent('YoursDeleted the record');
    expect(visit).toHaveTextContent('TheirsKept and edited the record');

    const missing = record('Organisation');
    expect(missing).toHaveTextContent('This record no longer exists on this device');
    const sectors = within(missing).getByRole('listitem', { name: 'Sectors' });
    expect(
      within(sectors)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['culture', 'education']);
    expect(sectors).toHaveTextContent('Theirs(empty)');
    expect(
      within(sectors)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Dismiss']);
  });

  it('keep mine writes the local value back, stamped, and clears the conflict', async () => {
    const { options, contactId } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    await user.click(
      within(field('Dr. Burkhard Jung', 'Family name')).getByRole('button', { name: 'Keep mine' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Conflicts (5 open)' })).toBeInTheDocument(),
    );
    // The record's name changes with it.
    const link = await screen.findByRole('link', { name: 'Dr. Burkhard Jung-Schmidt' });
    expect(
      within(record('Dr. Burkhard Jung-Schmidt')).queryByRole('listitem', { name: 'Family name' }),
    ).toBeNull();

    await user.click(link);
    expect(
      await screen.findByRole('heading', { name: /Burkhard Jung-Schmidt/ }),
    ).toBeInTheDocument();

    const stored = await readBack(view, options, async (database) => ({
      contact: (await database.contacts.findOne(contactId).exec())?.toJSON(),
      conflict: await conflictOf(database, 1),
    }));
    expect(stored.contact).toMatchObject({
      familyName: 'Jung-Schmidt',
      updatedAt: now,
      updatedBy: 'local-user',
      office: { title: 'Oberbürgermeister', spokenForm: 'Herr Oberbürgermeister' },
    });
    expect(stored.conflict).toMatchObject({
      status: 'resolved',
      resolution: 'kept-local',
      resolvedAt: now,
    });
  });

  it('keep theirs leaves the record as it is and clears the conflict', async () => {
    const { options, contactId } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    await user.click(
      within(field('Dr. Burkhard Jung', 'Family name')).getByRole('button', {
        name: 'Keep theirs',
      }),
    );
    await waitFor(() =>
      expect(
        within(record('Dr. Burkhard Jung')).queryByRole('listitem', { name: 'Family name' }),
      ).toBeNull(),
    );

    const stored = await readBack(view, options, async (database) => ({
      contact: (await database.contacts.findOne(contactId).exec())?.toJSON(),
      conflict: await conflictOf(database, 1),
    }));
    expect(stored.contact).toMatchObject({ familyName: 'Jung', updatedBy: 'kim' });
    expect(stored.contact?.updatedAt).not.toBe(now);
    expect(stored.conflict).toMatchObject({
      status: 'resolved',
      resolution: 'kept-server',
      resolvedAt: now,
    });
  });

  it('keeps mine on a nested field and on a field removed here', async () => {
    const { options, contactId } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    await user.click(
      within(field('Dr. Burkhard Jung', 'Office › Spoken form')).getByRole('button', {
        name: 'Keep mine',
      }),
    );
    await waitFor(() =>
      expect(
        within(record('Dr. Burkhard Jung')).queryByRole('listitem', {
          name: 'Office › Spoken form',
        }),
      ).toBeNull(),
    );
    await user.click(
      within(field('Dr. Burkhard Jung', 'Pronunciation')).getByRole('button', {
        name: 'Keep mine',
      }),
    );
    await waitFor(() =>
      expect(
        within(record('Dr. Burkhard Jung')).queryByRole('listitem', { name: 'Pronunciation' }),
      ).toBeNull(),
    );

    const contact = await readBack(view, options, async (database) =>
      (await database.contacts.findOne(contactId).exec())?.toJSON(),
    );
    expect(contact?.office).toEqual({ title: 'Oberbürgermeister', spokenForm: 'Lord Mayor' });
    expect(contact && 'pronunciation' in contact).toBe(false);
    expect(contact?.familyName).toBe('Jung');
  });

  it('edit versus delete: keep mine deletes what this device deleted; keep theirs keeps the edit', async () => {
    const { options, visitId, itemId } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    // This device deleted the visit, another edited it: keeping mine deletes it again.
    await user.click(
      within(field('Leipzig delegation to Birmingham', 'Deleted or kept')).getByRole('button', {
        name: 'Keep mine',
      }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { name: 'Leipzig delegation to Birmingham' }),
      ).toBeNull(),
    );
    // This device edited the agenda item, another deleted it: keeping mine keeps it.
    await user.click(
      within(field('Visit to Aston University', 'Deleted or kept')).getByRole('button', {
        name: 'Keep mine',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Visit to Aston University' })).toBeNull(),
    );

    const stored = await readBack(view, options, async (database) => ({
      visit: await database.visits.findOne(visitId).exec(),
      item: (await database.agendaItems.findOne(itemId).exec())?.toJSON(),
      visitConflict: await conflictOf(database, 4),
      itemConflict: await conflictOf(database, 5),
    }));
    expect(stored.visit).toBeNull();
    expect(stored.item?.title).toBe('Visit to Aston University');
    expect(stored.visitConflict).toMatchObject({ status: 'resolved', resolution: 'kept-local' });
    expect(stored.itemConflict).toMatchObject({ status: 'resolved', resolution: 'kept-local' });
  });

  it('edit versus delete: keep theirs deletes what the server deleted', async () => {
    const { options, itemId } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    await user.click(
      within(field('Visit to Aston University', 'Deleted or kept')).getByRole('button', {
        name: 'Keep theirs',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Visit to Aston University' })).toBeNull(),
    );
    const item = await readBack(view, options, (database) =>
      database.agendaItems.findOne(itemId).exec(),
    );
    expect(item).toBeNull();
  });

  it('dismisses a conflict whose record is gone', async () => {
    const { options } = await seedConflicts();
    const { user, view } = await renderApp({ hash: '#/conflicts', options, now });
    await records(4);

    await user.click(
      within(field('Organisation', 'Sectors')).getByRole('button', { name: 'Dismiss' }),
    );
    await records(3);
    const conflict = await readBack(view, options, (database) => conflictOf(database, 6));
    expect(conflict).toMatchObject({ status: 'resolved', resolvedAt: now });
    expect(conflict?.resolution).toBeUndefined();
  });

  it('speaks German', async () => {
    const { options } = await seedConflicts();
    await renderApp({ hash: '#/conflicts', options, now, language: 'de' });
    await records(4, 'Einträge mit widersprüchlichen Änderungen, neueste zuerst');
    expect(screen.getByRole('link', { name: 'Konflikte (6 offen)' })).toBeInTheDocument();
    const spoken = within(record('Dr. Burkhard Jung')).getByRole('listitem', {
      name: 'Amt › Mündliche Anrede',
    });
    expect(spoken).toHaveTextContent('Ihre FassungLord Mayor');
    expect(within(spoken).getByRole('button', { name: 'Meine behalten' })).toBeEnabled();
    expect(within(spoken).getByRole('button', { name: 'Server-Fassung behalten' })).toBeEnabled();
    expect(screen.getByRole('group', { name: 'Synchronisierungsstatus' })).toHaveTextContent(
      'Lokaler Arbeitsbereich — nicht synchronisiert',
    );
  });
});
