import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PersonData } from '../../../../renderer/formats/personData';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  noteFields,
  renderApp,
  seed,
  visitFields,
} from '../../appHarness';
import { captureSavedFiles } from '../../savedFiles';

let files: ReturnType<typeof captureSavedFiles>;

/** Dr. Anna Müller on a visit and in two notes: one linked, one that only names her. */
async function storeWithMueller() {
  const options = freshDatabaseOptions();
  const ids = await seed(options, async (database) => {
    const mueller = await insertEntity(
      database.contacts,
      contactFields({
        givenNames: 'Anna',
        familyName: 'Müller',
        titlesBefore: 'Dr.',
        emails: [{ label: 'work', address: 'anna.mueller@leipzig.example' }],
        dietaryNeeds: 'Vegetarian',
      }),
      'test',
    );
    const visit = await insertEntity(
      database.visits,
      visitFields({ members: [{ contactId: mueller.id, role: 'delegate' }] }),
      'test',
    );
    const linked = await insertEntity(
      database.notes,
      noteFields('Dr. Müller asked about Horizon Europe funding.', {
        contactIds: [mueller.id],
        visitIds: [visit.id],
      }),
      'test',
    );
    await insertEntity(
      database.notes,
      noteFields('Lunch with Anna Mueller and the Kreatives Leipzig team.'),
      'test',
    );
    return { muellerId: mueller.id, linkedNoteId: linked.id };
  });
  return { options, ...ids };
}

/** Dr. Müller's page with its "Personal data…" dialog open, saving through a captured platform. */
async function openPersonalData() {
  files = captureSavedFiles();
  const { options, muellerId } = await storeWithMueller();
  const { user } = await renderApp({
    hash: `#/contacts/${muellerId}`,
    options,
    platform: files.platform,
  });
  await user.click(await screen.findByRole('button', { name: 'Personal data…' }));
  return { user, muellerId };
}

/** Asks to erase Dr. Müller; returns the confirmation dialog. */
async function askToErase(user: Awaited<ReturnType<typeof openPersonalData>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Erase Dr. Anna Müller…' }));
  return screen.findByRole('dialog', { name: 'Erase Dr. Anna Müller everywhere?' });
}

describe('PersonDataActions', () => {
  it('saves everything held about the person as JSON, sensitive fields included', async () => {
    const { user } = await openPersonalData();
    const dialog = await screen.findByRole('dialog', { name: 'Personal data of Dr. Anna Müller' });
    await user.click(within(dialog).getByRole('button', { name: 'Save as JSON' }));

    await within(dialog).findByText(/Saved \/home\/sarah\/Dr-Anna-Müller-personal-data\.json/);
    const data = JSON.parse(files.text(files.saved[0]!)) as PersonData;
    expect(data.contact).toMatchObject({ familyName: 'Müller', dietaryNeeds: 'Vegetarian' });
    expect(data.visits.map((visit) => visit.roles)).toEqual([['delegate']]);
    expect(data.notes.map((note) => note.body)).toEqual([
      'Dr. Müller asked about Horizon Europe funding.',
    ]);
    // Found by the folded name although written "Mueller" and not linked.
    expect(data.notesMentioningName.map((note) => note.body)).toEqual([
      'Lunch with Anna Mueller and the Kreatives Leipzig team.',
    ]);
  });

  it('saves the person as a vCard', async () => {
    const { user, muellerId } = await openPersonalData();
    const dialog = await screen.findByRole('dialog', { name: 'Personal data of Dr. Anna Müller' });
    await user.click(within(dialog).getByRole('button', { name: 'Save as vCard' }));

    await screen.findByText(/Saved .*\.vcf/);
    const card = files.text(files.saved[0]!);
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(card).toContain('Müller');
    expect(card).toContain(`urn:uuid:${muellerId}`);
  });

  it('erases the person after confirmation, keeping the text of notes about them', async () => {
    const { user } = await openPersonalData();
    const confirm = await askToErase(user);
    expect(confirm).toHaveTextContent(
      'visits: 1, agenda items: 0, follow-ups: 0, notes: 1 (the notes keep their text)',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Erase for good' }));

    expect(await screen.findByText(/Dr\. Anna Müller was erased/)).toBeInTheDocument();
    // The Contacts list's order follows a moment later (renderer/data/contactOrder.ts).
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /Müller/ })).not.toBeInTheDocument(),
    );

    await user.click(screen.getByRole('link', { name: 'Visits' }));
    await user.click(await screen.findByRole('link', { name: /Leipzig delegation to Birmingham/ }));
    expect(await screen.findByText('Dr. Müller asked about Horizon Europe funding.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /Müller/ })).not.toBeInTheDocument();
  });

  it('keeps the person when the erasure is cancelled', async () => {
    const { user } = await openPersonalData();
    const confirm = await askToErase(user);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    expect(
      await screen.findByRole('heading', { name: 'Dr. Anna Müller', level: 2 }),
    ).toBeInTheDocument();
  });
});
