import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { openedDatabase, watchOpenedDatabases } from '../../../liveDatabase';
import type { Conflict } from '../../../../../shared/domain/conflict';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
} from '../../../appHarness';

const now = '2025-06-12T09:00:00.000Z';

/**
 * A form save kept the user's family name "Jung-Müller" over anna's
 * "Jung-Schmidt", which arrived while the form was open.
 */
async function seedFormConflict() {
  const options = freshDatabaseOptions();
  const contactId = await seed(options, async (database) => {
    const contact = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Burkhard', familyName: 'Jung-Müller' }),
      'kim',
    );
    const conflict: Conflict = {
      id: '00000000-0000-4000-8000-000000000031',
      collectionName: 'contacts',
      documentId: contact.id,
      fieldPath: 'familyName',
      localValue: 'Jung-Müller',
      serverValue: 'Jung-Schmidt',
      kept: 'local',
      serverUpdatedBy: 'anna',
      serverUpdatedAt: '2025-06-11T08:00:00.000Z',
      detectedAt: '2025-06-11T08:05:00.000Z',
      status: 'open',
    };
    await database.conflicts.insert(conflict);
    return contact.id;
  });
  const { user } = await renderApp({ hash: '#/conflicts', options, now });
  const item = await screen.findByRole('listitem', { name: 'Family name' });
  return { user, item, options, contactId };
}

/** The contact's family name once the choice is applied (the conflict leaves the list). */
async function familyNameAfterChoice(contactId: string) {
  await screen.findByText(/Nothing to review/);
  return (await openedDatabase().contacts.findOne(contactId).exec())?.familyName;
}

beforeAll(watchOpenedDatabases);

describe('a conflict a form save filed', () => {
  it('says the user’s value is in the record, and who wrote the other one and when', async () => {
    const { item } = await seedFormConflict();
    expect(within(item).getByText(/Your value is in the record now/)).toBeInTheDocument();
    expect(within(item).getByText(/Their value by anna/)).toBeInTheDocument();
  });

  it('Keep theirs writes the colleague’s value back', async () => {
    const { user, item, contactId } = await seedFormConflict();
    await user.click(await within(item).findByRole('button', { name: 'Keep theirs' }));
    expect(await familyNameAfterChoice(contactId)).toBe('Jung-Schmidt');
  });

  it('Keep mine leaves the record as the form saved it', async () => {
    const { user, item, contactId } = await seedFormConflict();
    await user.click(await within(item).findByRole('button', { name: 'Keep mine' }));
    expect(await familyNameAfterChoice(contactId)).toBe('Jung-Müller');
  });
});
