import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyNoteLinks, type NoteLinks } from '../../../../shared/domain/note';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  organisationFields,
  renderApp,
  seed,
  storeWithOrganisation,
} from '../../appHarness';

// 10:30 in London (British Summer Time) on 12 June 2025.
const now = '2025-06-12T09:30:00Z';

async function seedOrganisation() {
  const options = freshDatabaseOptions();
  let organisationId = '';
  let contactId = '';
  await seed(options, async (database) => {
    const organisation = await insertEntity(
      database.organisations,
      organisationFields({ name: 'Grand Union', kind: 'cultural-venue' }),
      'test',
    );
    organisationId = organisation.id;
    const contact = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Cheryl', familyName: 'Jones' }),
      'test',
    );
    contactId = contact.id;
    const note = (
      date: string,
      body: string,
      links: Partial<NoteLinks> = { organisationIds: [organisationId] },
    ) =>
      insertEntity(
        database.notes,
        { tags: [], date, author: 'Anna', body, links: { ...emptyNoteLinks(), ...links } },
        'test',
      );
    await note('2025-06-10T14:00:00Z', 'Older: first call about the Floating Garden.');
    await note('2025-06-11T16:00:00Z', 'Newer: agreed a visit on 12 June.', {
      organisationIds: [organisationId],
      contactIds: [contact.id],
    });
    await note('2025-06-11T17:00:00Z', 'About someone else entirely.', {
      organisationIds: [],
      contactIds: [contact.id],
    });
  });
  return { options, organisationId, contactId };
}

describe('EntityNotes', () => {
  it('shows the notes of a record newest first, with date, author and the other records they concern', async () => {
    const { options, organisationId, contactId } = await seedOrganisation();
    await renderApp({ hash: `#/organisations/${organisationId}`, options, now });
    const timeline = await screen.findByRole('list', { name: 'Notes, newest first' });
    await waitFor(() => expect(within(timeline).getAllByRole('article')).toHaveLength(2));
    const [newer, older] = within(timeline).getAllByRole('article');
    expect(newer).toHaveTextContent('Newer: agreed a visit on 12 June.');
    expect(newer).toHaveTextContent('11 Jun 2025, 17:00');
    expect(newer).toHaveTextContent('by Anna');
    expect(await within(newer!).findByRole('link', { name: 'Cheryl Jones' })).toHaveAttribute(
      'href',
      `#/contacts/${contactId}`,
    );
    // The page's own organisation is not repeated as a link.
    expect(within(newer!).queryByRole('link', { name: 'Grand Union' })).toBeNull();
    expect(older).toHaveTextContent('Older: first call about the Floating Garden.');
    expect(screen.queryByText('About someone else entirely.')).toBeNull();
  });

  it('captures a note with QuickNote, dated now and written by you', async () => {
    const { options, organisationId } = await storeWithOrganisation({ name: 'STEAMhouse' });
    const { user } = await renderApp({ hash: `#/organisations/${organisationId}`, options, now });
    const capture = await screen.findByRole('form', { name: 'Add a note' });
    expect(await screen.findByText('No notes yet.')).toBeInTheDocument();
    expect(within(capture).getByLabelText('Date and time')).toHaveValue('2025-06-12T10:30');

    await user.click(within(capture).getByRole('button', { name: 'Add note' }));
    const body = within(capture).getByRole('textbox', { name: 'Note' });
    expect(body).toHaveAccessibleDescription(
      expect.stringContaining('Write the note before saving it.'),
    );
    expect(body).toHaveFocus();

    await user.type(body, 'Tour of the workshops; interest in Horizon Europe.');
    await user.click(within(capture).getByRole('button', { name: 'Add note' }));
    const timeline = await screen.findByRole('list', { name: 'Notes, newest first' });
    const note = await within(timeline).findByRole('article', { name: '12 Jun 2025, 10:30' });
    expect(note).toHaveTextContent('Tour of the workshops; interest in Horizon Europe.');
    expect(note).toHaveTextContent('by you');
    // The capture form is empty again for the next note.
    await waitFor(() =>
      expect(
        within(screen.getByRole('form', { name: 'Add a note' })).getByRole('textbox', {
          name: 'Note',
        }),
      ).toHaveValue(''),
    );
  });

  it('edits a note in place, then deletes it and brings it back with Undo', async () => {
    const { options, organisationId } = await seedOrganisation();
    const { user } = await renderApp({ hash: `#/organisations/${organisationId}`, options, now });
    const timeline = await screen.findByRole('list', { name: 'Notes, newest first' });
    const older = await within(timeline).findByRole('article', { name: '10 Jun 2025, 15:00' });
    await user.click(within(older).getByRole('button', { name: 'Edit note' }));
    const form = await within(timeline).findByRole('form', { name: 'Edit note' });
    const body = within(form).getByRole('textbox', { name: 'Note' });
    expect(body).toHaveValue('Older: first call about the Floating Garden.');
    await user.clear(body);
    await user.type(body, 'First call: the Floating Garden can host 20 guests.');
    const date = within(form).getByLabelText('Date and time');
    await user.clear(date);
    await user.type(date, '2025-06-09T11:15');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    const edited = await within(timeline).findByRole('article', { name: '9 Jun 2025, 11:15' });
    expect(edited).toHaveTextContent('First call: the Floating Garden can host 20 guests.');

    await user.click(within(edited).getByRole('button', { name: 'Delete note' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this note?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.queryByText(/Floating Garden can host/)).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Deleted the note from 9 Jun 2025, 11:15.',
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Floating Garden can host 20 guests/)).toBeInTheDocument();
  });

  it('speaks German', async () => {
    const { options, organisationId } = await seedOrganisation();
    await renderApp({ hash: `#/organisations/${organisationId}`, options, now, language: 'de' });
    const capture = await screen.findByRole('form', { name: 'Notiz hinzufügen' });
    expect(within(capture).getByRole('textbox', { name: 'Notiz' })).toBeInTheDocument();
    const timeline = await screen.findByRole('list', { name: 'Notizen, neueste zuerst' });
    expect(await within(timeline).findByText('Betrifft auch:')).toBeInTheDocument();
    expect(within(timeline).getAllByText('· von Anna', { exact: false })).toHaveLength(2);
  });
});
