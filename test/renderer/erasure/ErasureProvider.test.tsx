import { waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { erasedContact } from '../../../shared/domain/contact';
import { freshDatabaseOptions, renderApp, seed } from '../appHarness';
import { briefingSnapshotStore } from '../../../renderer/formats/briefing/briefingSnapshot';
import { openedDatabase, watchOpenedDatabases } from '../liveDatabase';
import { addContact, addVisit } from '../features/visits/visitHarness';

beforeAll(watchOpenedDatabases);

describe('erasure in the assembled app', () => {
  it('completes an erasure that arrives from another device: links, and the briefing snapshots kept here', async () => {
    const options = freshDatabaseOptions();
    const { muellerId, visitId } = await seed(options, async (database) => {
      const mueller = await addContact(database, 'Anna', 'Müller');
      const jung = await addContact(database, 'Burkhard', 'Jung');
      const visit = await addVisit(database, {
        leadContactId: mueller.id,
        members: [
          { contactId: mueller.id, role: 'lead' },
          { contactId: jung.id, role: 'host' },
        ],
      });
      return { muellerId: mueller.id, visitId: visit.id };
    });
    briefingSnapshotStore(localStorage).save({
      visitId,
      madeAt: '2025-06-01T08:00:00.000Z',
      items: [],
      people: [{ id: muellerId, name: 'Anna Müller' }],
    });
    await renderApp({ hash: '#/contacts', options });
    const database = openedDatabase();

    // What a pull writes when a colleague erased her: the contact's erasure tombstone.
    const contact = await database.contacts.findOne(muellerId).exec();
    await contact?.incrementalModify((current) => ({
      ...erasedContact(current, '2025-06-02T08:00:00.000Z', 'colleague'),
      _deleted: true,
    }));

    await waitFor(async () => {
      const visit = await database.visits.findOne(visitId).exec();
      expect(visit?.leadContactId).toBeUndefined();
      expect(visit?.members.map((member) => member.contactId)).not.toContain(muellerId);
    });
    await waitFor(() =>
      expect(briefingSnapshotStore(localStorage).load(visitId)?.people).toEqual([]),
    );
  });
});
