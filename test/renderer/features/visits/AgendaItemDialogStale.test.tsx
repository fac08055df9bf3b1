import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchEntity } from '../../../../renderer/data/writes';
import { freshDatabaseOptions, seed } from '../../appHarness';
import { openedDatabase, watchOpenedDatabases } from '../../liveDatabase';
import { addItem, addVisit, renderVisits } from './visitHarness';

beforeAll(watchOpenedDatabases);

/** The agenda item "Aston University" open in its dialog; `asAnna` stands for a colleague's synced edit. */
async function openItemDialog() {
  const options = freshDatabaseOptions();
  const { visitId, itemId } = await seed(options, async (database) => {
    const visit = await addVisit(database);
    const item = await addItem(
      database,
      visit.id,
      'Aston University',
      '2025-06-11T10:00',
      '2025-06-11T11:30',
      { venueName: 'Main Building' },
    );
    return { visitId: visit.id, itemId: item.id };
  });
  const { user } = await renderVisits({ hash: `#/visits/${visitId}`, options });
  const agenda = await screen.findByRole('list', { name: 'Agenda' });
  const item = await waitFor(() =>
    within(agenda).getByRole('listitem', { name: 'Aston University' }),
  );
  await user.click(within(item).getByRole('button', { name: /^Edit/ }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit “Aston University”' });
  const database = openedDatabase();
  const asAnna = async (change: object) => {
    const document = await database.agendaItems.findOne(itemId).exec();
    await patchEntity(document!, () => change, 'anna');
  };
  const stored = async () => (await database.agendaItems.findOne(itemId).exec())!.toJSON();
  return { user, dialog, asAnna, stored };
}

describe('AgendaItemDialog over an item that changes while it is open', () => {
  it("names the colleague's change, and saving keeps it beside the user's own", async () => {
    const { user, dialog, asAnna, stored } = await openItemDialog();
    const purpose = within(dialog).getByRole('textbox', { name: 'Purpose' });
    await user.type(purpose, 'Research partnership');
    await asAnna({ venueName: 'Great Hall' });

    expect(
      await within(dialog).findByText(/Changed by anna while you were editing/),
    ).toHaveTextContent('Venue Great Hall');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = await stored();
    expect(saved.venueName).toBe('Great Hall');
    expect(saved.purpose).toBe('Research partnership');
  });

  it('says so when the item is deleted while the dialog is open', async () => {
    const { dialog } = await openItemDialog();
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
    const [document] = await openedDatabase().agendaItems.find().exec();
    await document!.remove();
    expect(await within(dialog).findByRole('status')).toHaveTextContent(/deleted/i);
  });
});
