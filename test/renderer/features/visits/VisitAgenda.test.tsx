import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDatabaseOptions, seed } from '../../appHarness';
import { addContact, addItem, addVisit, renderVisits } from './visitHarness';

/** The single list holding every agenda item of the page. */
const agendaList = () => screen.getByRole('list', { name: 'Agenda' });
const itemNamed = (title: string) => within(agendaList()).getByRole('listitem', { name: title });

async function openVisit(fill: Parameters<typeof seed>[1] = async () => undefined) {
  const options = freshDatabaseOptions();
  const visitId = await seed(options, async (database) => {
    const visit = await addVisit(database);
    await fill(database);
    return visit.id;
  });
  const rendered = await renderVisits({ hash: `#/visits/${visitId}`, options });
  await screen.findByRole('list', { name: 'Agenda' });
  return { ...rendered, visitId, options };
}

describe('Visit agenda', () => {
  it('adds three items on one day and warns about the one that overlaps', async () => {
    const { user } = await openVisit();
    const addOnDay = await screen.findByRole('button', { name: /Add item on .*11 June 2025/ });
    // Label queries inside the dialog: role queries walk its 400-odd time-zone options each time.
    const add = async (title: string, start: string, end: string) => {
      await user.click(addOnDay);
      const dialog = await screen.findByRole('dialog', { name: 'New agenda item' });
      await user.type(within(dialog).getByLabelText('Title'), title);
      await user.clear(within(dialog).getByLabelText('Start time'));
      await user.type(within(dialog).getByLabelText('Start time'), start);
      await user.clear(within(dialog).getByLabelText('End time'));
      await user.type(within(dialog).getByLabelText('End time'), end);
      await user.click(within(dialog).getByText('Save item'));
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
    };
    await add('Aston University', '09:00', '10:00');
    await add('STEAMhouse', '10:00', '11:00');
    expect(screen.queryByRole('alert', { name: 'Clashes' })).not.toBeInTheDocument();
    await add('Floating Garden', '10:30', '11:30');

    expect(within(agendaList()).getAllByRole('listitem')).toHaveLength(3);
    expect(await screen.findByRole('alert', { name: 'Clashes' })).toHaveTextContent(
      '“STEAMhouse” overlaps “Floating Garden”.',
    );
    expect(itemNamed('Aston University')).toHaveTextContent('09:00–10:00');
    expect(itemNamed('Floating Garden')).toHaveClass('clashing');
    expect(itemNamed('Aston University')).not.toHaveClass('clashing');
  }, 30_000); // Three dialogs typed in key by key: give slow CI machines room.

  it('refuses an end before the start and a time the clocks skip', async () => {
    const { user } = await openVisit();
    await user.click(await screen.findByRole('button', { name: 'Add agenda item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New agenda item' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Round table');
    await user.clear(within(dialog).getByLabelText('End time'));
    await user.type(within(dialog).getByLabelText('End time'), '08:00');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    expect(within(dialog).getByLabelText('End time')).toHaveAccessibleDescription(
      'The end must be after the start.',
    );

    // 01:30 on 30 March 2025 does not exist in London: clocks go from 01:00 to 02:00.
    const startDate = within(dialog).getByLabelText('Start date');
    await user.clear(startDate);
    await user.type(startDate, '2025-03-30');
    await user.clear(within(dialog).getByLabelText('Start time'));
    await user.type(within(dialog).getByLabelText('Start time'), '01:30');
    await user.clear(within(dialog).getByLabelText('End time'));
    await user.type(within(dialog).getByLabelText('End time'), '03:00');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    expect(within(dialog).getByLabelText('Start time')).toHaveAccessibleDescription(
      expect.stringContaining('This time does not exist in this time zone'),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct 1 field');
  });

  it('names a person booked in two places at once, and clears it when one item is cancelled', async () => {
    const { user } = await openVisit(async (database) => {
      const jung = await addContact(database, 'Burkhard', 'Jung');
      const visits = await database.visits.find().exec();
      const visitId = visits[0]?.id ?? '';
      await addItem(database, visitId, 'Career Road Show', '2025-06-12T09:00', '2025-06-12T16:00', {
        attendeeIds: [jung.id],
      });
      await addItem(database, visitId, 'STEAMhouse tour', '2025-06-12T15:00', '2025-06-12T16:30');
    });
    await waitFor(() => expect(within(agendaList()).getAllByRole('listitem')).toHaveLength(2));

    // Put the Lord Mayor of Leipzig on the overlapping tour as well.
    await user.click(
      within(itemNamed('STEAMhouse tour')).getByRole('button', { name: 'Edit STEAMhouse tour' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit “STEAMhouse tour”' });
    // The people to choose from arrive from their own query.
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Burkhard Jung' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    const alert = await screen.findByRole('alert', { name: 'Clashes' });
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Burkhard Jung is booked into “Career Road Show” and “STEAMhouse tour” at the same time.',
      ),
    );
    expect(alert).toHaveTextContent('“Career Road Show” overlaps “STEAMhouse tour”.');
    expect(itemNamed('STEAMhouse tour')).toHaveTextContent('Burkhard Jung');

    const tour = itemNamed('STEAMhouse tour');
    await user.click(within(tour).getByRole('button', { name: 'Cancel item STEAMhouse tour' }));
    await waitFor(() =>
      expect(screen.queryByRole('alert', { name: 'Clashes' })).not.toBeInTheDocument(),
    );
    expect(itemNamed('STEAMhouse tour')).toHaveClass('cancelled');
    expect(itemNamed('STEAMhouse tour')).toHaveTextContent('Cancelled');
    // Reinstating brings the clash back.
    await user.click(screen.getByRole('button', { name: 'Reinstate STEAMhouse tour' }));
    expect(await screen.findByRole('alert', { name: 'Clashes' })).toBeInTheDocument();
  });

  it('names a person booked at the same time on another visit, in that visit’s zone', async () => {
    await openVisit(async (database) => {
      const jung = await addContact(database, 'Burkhard', 'Jung');
      const visitId = (await database.visits.find().exec())[0]?.id ?? '';
      await addItem(
        database,
        visitId,
        'Council House reception',
        '2025-06-12T18:00',
        '2025-06-12T20:00',
        {
          attendeeIds: [jung.id],
        },
      );
      // Leipzig is an hour ahead: 19:30 there is 18:30 in Birmingham, during the reception.
      const other = await addVisit(database, {
        title: 'Leipzig city council week',
        venueTimeZone: 'Europe/Berlin',
        startDate: '2025-06-12',
        endDate: '2025-06-12',
      });
      await addItem(database, other.id, 'Council session', '2025-06-12T19:30', '2025-06-12T21:00', {
        timeZone: 'Europe/Berlin',
        attendeeIds: [jung.id],
      });
      // Same person, same clock time, but an hour apart in fact: no clash.
      await addItem(database, other.id, 'Press briefing', '2025-06-12T17:00', '2025-06-12T19:00', {
        timeZone: 'Europe/Berlin',
        attendeeIds: [jung.id],
      });
    });

    const alert = await screen.findByRole('alert', { name: 'Clashes' });
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Burkhard Jung is booked into “Council House reception” and, at the same time, into “Council session” of Leipzig city council week.',
      ),
    );
    expect(alert).not.toHaveTextContent('Press briefing');
    expect(within(agendaList()).getAllByRole('listitem')).toHaveLength(1);
  });

  it('moves an item to another day and time, keeping its length', async () => {
    const { user } = await openVisit(async (database) => {
      const visitId = (await database.visits.find().exec())[0]?.id ?? '';
      await addItem(database, visitId, 'Aston University', '2025-06-11T10:00', '2025-06-11T11:30');
    });
    const item = await waitFor(() => itemNamed('Aston University'));
    await user.click(within(item).getByRole('button', { name: 'Move Aston University' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move “Aston University”' });
    const date = within(dialog).getByLabelText('New date');
    await user.clear(date);
    await user.type(date, '2025-06-12');
    const time = within(dialog).getByLabelText('New start time');
    await user.clear(time);
    await user.type(time, '15:00');
    expect(within(dialog).getByText('It will end at 16:30.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Move item' }));

    await waitFor(() => expect(itemNamed('Aston University')).toHaveTextContent('15:00–16:30'));
    const thursday = screen.getByRole('heading', { name: /12 June 2025/, level: 3 });
    const friday = screen.getByRole('heading', { name: /13 June 2025/, level: 3 });
    const moved = itemNamed('Aston University');
    expect(thursday.compareDocumentPosition(moved) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(friday.compareDocumentPosition(moved) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });

  it('deletes an item and brings it back with Undo', async () => {
    const { user } = await openVisit(async (database) => {
      const visitId = (await database.visits.find().exec())[0]?.id ?? '';
      await addItem(database, visitId, 'The Old Crown', '2025-06-13T19:00', '2025-06-13T21:00');
    });
    const item = await waitFor(() => itemNamed('The Old Crown'));
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “The Old Crown”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(agendaList()).queryAllByRole('listitem')).toHaveLength(0));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “The Old Crown”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await waitFor(() => itemNamed('The Old Crown'))).toHaveTextContent('19:00–21:00');
  });

  it('shows home time beside venue time abroad, and items outside the visit dates apart', async () => {
    const options = freshDatabaseOptions();
    const visitId = await seed(options, async (database) => {
      const visit = await addVisit(database, {
        title: 'Opera Ball',
        direction: 'outbound',
        venueTimeZone: 'Europe/Berlin',
        startDate: '2024-11-15',
        endDate: '2024-11-16',
      });
      const berlin = { timeZone: 'Europe/Berlin' };
      await addItem(
        database,
        visit.id,
        'Opera Ball',
        '2024-11-16T19:00',
        '2024-11-16T23:00',
        berlin,
      );
      await addItem(
        database,
        visit.id,
        'Flight home',
        '2024-11-17T10:00',
        '2024-11-17T11:30',
        berlin,
      );
      return visit.id;
    });
    await renderVisits({ hash: `#/visits/${visitId}`, options });
    const ball = await waitFor(() => itemNamed('Opera Ball'));
    expect(ball).toHaveTextContent('19:00–23:00');
    expect(ball).toHaveTextContent('home 18:00 London – 22:00 London');
    const outside = screen.getByRole('heading', { name: 'Outside the visit dates' });
    expect(
      outside.compareDocumentPosition(itemNamed('Flight home')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId('agenda')).toContainElement(agendaList());
  });

  it('keeps a 40-item programme over four days in one list named Agenda', async () => {
    const { view } = await openVisit(async (database) => {
      const visitId = (await database.visits.find().exec())[0]?.id ?? '';
      for (let i = 0; i < 40; i += 1) {
        const day = `2025-06-1${i % 4}`;
        const hour = String(8 + Math.floor(i / 4)).padStart(2, '0');
        await addItem(database, visitId, `Item ${i}`, `${day}T${hour}:00`, `${day}T${hour}:45`);
      }
    });
    await waitFor(() => expect(within(agendaList()).getAllByRole('listitem')).toHaveLength(40));
    expect(within(screen.getByTestId('agenda')).getAllByRole('heading', { level: 3 })).toHaveLength(
      4,
    );
    expect(within(screen.getByTestId('agenda')).getAllByRole('listitem')).toHaveLength(40);
    expect(view.container.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });
});
