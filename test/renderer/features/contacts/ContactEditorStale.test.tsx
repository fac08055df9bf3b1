import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { eraseContact } from '../../../../renderer/erasure/eraseContact';
import { patchEntity } from '../../../../renderer/data/writes';
import type { Contact } from '../../../../shared/domain/contact';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  renderApp,
  seed,
} from '../../appHarness';
import { openedDatabase, watchOpenedDatabases } from '../../liveDatabase';

beforeAll(watchOpenedDatabases);

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** Burkhard Jung's contact, open in its form; `anna` stands for a colleague whose edits sync in. */
async function openJungsForm() {
  const options = freshDatabaseOptions();
  const id = await seed(
    options,
    async (database) =>
      (
        await insertEntity(
          database.contacts,
          contactFields({
            givenNames: 'Burkhard',
            familyName: 'Jung',
            emails: [{ label: 'work', address: 'ob@leipzig.de' }],
            phones: [{ label: 'work', number: '+49 341 1230' }],
          }),
          'kim',
        )
      ).id,
  );
  const { user } = await renderApp({ hash: `#/contacts/${id}/edit`, options, keyDelay: null });
  await screen.findByRole('textbox', { name: 'Email 1' });
  const database = openedDatabase();
  const stored = async () => (await database.contacts.findOne(id).exec())!.toJSON();
  const asAnna = async (change: (current: Contact) => Partial<Contact>) => {
    const document = await database.contacts.findOne(id).exec();
    await patchEntity(document!, change, 'anna');
  };
  return { user, id, database, stored, asAnna };
}

describe('ContactEditor over a record that changes while it is open', () => {
  it("keeps a colleague's phone when the user saves only a new e-mail", async () => {
    const { user, asAnna, stored } = await openJungsForm();
    await user.clear(textbox('Email 1'));
    await user.type(textbox('Email 1'), 'burkhard.jung@leipzig.de');
    await asAnna(() => ({ phones: [{ label: 'work', number: '+49 341 9999' }] }));
    expect(await screen.findByText(/Changed by anna while you were editing/)).toHaveTextContent(
      '+49 341 9999',
    );
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await screen.findByRole('heading', { name: 'Burkhard Jung', level: 2 });
    const saved = await stored();
    expect(saved.phones).toEqual([{ label: 'work', number: '+49 341 9999' }]);
    expect(saved.emails).toEqual([{ label: 'work', address: 'burkhard.jung@leipzig.de' }]);
  });

  it("keeps the user's value where both changed the field, and files the colleague's in Conflicts", async () => {
    const { user, asAnna, stored, database, id } = await openJungsForm();
    await user.type(textbox('Family name'), '-Müller');
    await asAnna(() => ({ familyName: 'Jung-Schmidt' }));
    expect(await screen.findByText(/Changed by anna while you were editing/)).toHaveTextContent(
      'Family name Jung-Schmidt',
    );
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await screen.findByRole('heading', { name: 'Burkhard Jung-Müller', level: 2 });
    expect((await stored()).familyName).toBe('Jung-Müller');
    const conflicts = (await database.conflicts.find().exec()).map((c) => c.toJSON());
    expect(conflicts).toEqual([
      expect.objectContaining({
        collectionName: 'contacts',
        documentId: id,
        fieldPath: 'familyName',
        localValue: 'Jung-Müller',
        serverValue: 'Jung-Schmidt',
        kept: 'local',
        serverUpdatedBy: 'anna',
        status: 'open',
      }),
    ]);
  });

  it('merges e-mail rows as sync does: a row a colleague added survives a save that did not touch it', async () => {
    const { user, asAnna, stored } = await openJungsForm();
    await user.type(textbox('Family name'), '-Müller');
    await asAnna((current) => ({
      emails: [...current.emails, { label: 'home', address: 'bj@example.org' }],
    }));
    await screen.findByText(/Changed by anna while you were editing/);
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    await screen.findByRole('heading', { name: 'Burkhard Jung-Müller', level: 2 });
    expect((await stored()).emails).toEqual([
      { label: 'work', address: 'ob@leipzig.de' },
      { label: 'home', address: 'bj@example.org' },
    ]);
  });

  it('shows no notice for a change the signed-in user made elsewhere', async () => {
    const { user, database, id } = await openJungsForm();
    const document = await database.contacts.findOne(id).exec();
    // Before sign-in the app stamps edits with the local author: the user's own window.
    await patchEntity(document!, () => ({ pronunciation: 'YOONG' }), 'local-user');
    await waitFor(async () =>
      expect((await database.contacts.findOne(id).exec())?.pronunciation).toBe('YOONG'),
    );
    await user.type(textbox('Family name'), '-Test');
    expect(screen.queryByText(/while you were editing/)).not.toBeInTheDocument();
  });

  it('says the contact was deleted meanwhile and writes nothing', async () => {
    const { user, database, id } = await openJungsForm();
    await user.type(textbox('Family name'), '-Schmidt');
    await (await database.contacts.findOne(id).exec())!.remove();
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /was deleted while you were editing, so your changes were not saved/,
    );
    expect(await database.contacts.findOne(id).exec()).toBeNull();
  });

  it('writes nothing of an erased person back', async () => {
    const { user, database, id } = await openJungsForm();
    await user.type(textbox('Family name'), '-Schmidt');
    await eraseContact(database, id, { author: 'anna', now: new Date() });
    await user.click(screen.getByRole('button', { name: 'Save contact' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/was erased while you were editing/);
    const [tombstone] = await database.contacts.storageInstance.findDocumentsById([id], true);
    expect(tombstone).toMatchObject({ _deleted: true, familyName: '', givenNames: '' });
  });
});
