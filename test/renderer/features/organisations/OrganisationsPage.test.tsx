import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  agendaItemFields,
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  organisationFields,
  renderApp,
  seed,
  visitFields,
} from '../../appHarness';

async function openNewForm(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('link', { name: 'New organisation' }));
  return screen.findByRole('form', { name: 'New organisation' });
}

describe('OrganisationsPage', () => {
  it('creates an organisation, upper-casing its country code, and shows it in list and detail', async () => {
    const { user } = await renderApp({ hash: '#/organisations' });
    expect(await screen.findByText(/No organisations yet/)).toBeInTheDocument();
    const form = await openNewForm(user);
    await user.type(
      within(form).getByRole('textbox', { name: 'Name of the organisation' }),
      'Kreatives Leipzig',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'agency');
    await user.type(within(form).getByRole('textbox', { name: 'City' }), 'Leipzig');
    await user.type(within(form).getByRole('textbox', { name: 'Country code' }), 'de');
    await user.type(
      within(form).getByRole('textbox', { name: 'Website' }),
      'https://kreatives-leipzig.de',
    );
    await user.type(
      within(form).getByRole('textbox', { name: 'Sectors' }),
      'creative industries, design',
    );
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    expect(
      await screen.findByRole('heading', { name: 'Kreatives Leipzig', level: 2 }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Organisations' });
    expect(within(list).getByRole('link', { name: 'Kreatives Leipzig' })).toBeInTheDocument();
    expect(screen.getByText('Germany (DE)')).toBeInTheDocument();
    expect(screen.getByText('Agency')).toBeInTheDocument();
    expect(screen.getByText('creative industries, design')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://kreatives-leipzig.de' })).toHaveAttribute(
      'href',
      'https://kreatives-leipzig.de',
    );
  });

  it('refuses to save without a name and with a plain-http website, saying why beside each field', async () => {
    const { user } = await renderApp({ hash: '#/organisations' });
    const form = await openNewForm(user);
    await user.type(
      within(form).getByRole('textbox', { name: 'Website' }),
      'http://www.wmca.org.uk',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Country code' }), 'UK1');
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Please correct 3 fields before saving.',
    );
    const name = within(form).getByRole('textbox', { name: 'Name of the organisation' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter the name of the organisation.');
    expect(name).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(
      expect.stringContaining('starting with https://'),
    );
    expect(within(form).getByRole('textbox', { name: 'Country code' })).toHaveAccessibleDescription(
      expect.stringContaining('two-letter country code'),
    );
    expect(screen.queryByRole('list', { name: 'Organisations' })).not.toBeInTheDocument();
  });

  it('edits an organisation and makes it part of another', async () => {
    const options = freshDatabaseOptions();
    await seed(options, async (database) => {
      await insertEntity(
        database.organisations,
        organisationFields({ name: 'Birmingham City Council', kind: 'city-council' }),
        'test',
      );
      await insertEntity(
        database.organisations,
        organisationFields({ name: 'International Affairs' }),
        'test',
      );
    });
    const { user } = await renderApp({ hash: '#/organisations', options });
    await user.click(await screen.findByRole('link', { name: 'International Affairs' }));
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Edit International Affairs' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'government');
    const parent = within(form).getByRole('combobox', { name: 'Part of' });
    // An organisation cannot be its own parent, so it is not offered.
    expect(within(parent).queryByRole('option', { name: 'International Affairs' })).toBeNull();
    await user.selectOptions(parent, 'Birmingham City Council');
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    // Wait for the detail (the form's own options say "Government" too).
    await screen.findByRole('link', { name: 'Edit' });
    expect(screen.getByText('Government')).toBeInTheDocument();
    const detail = screen.getByRole('article', { name: 'International Affairs' });
    // "Part of" links to the parent, whose page lists this one as a member.
    await user.click(await within(detail).findByRole('link', { name: 'Birmingham City Council' }));
    const members = await screen.findByRole('region', { name: 'Member organisations' });
    expect(
      within(members).getByRole('link', { name: 'International Affairs' }),
    ).toBeInTheDocument();
  });

  it('deletes an organisation and brings it back with Undo', async () => {
    const options = freshDatabaseOptions();
    await seed(options, (database) =>
      insertEntity(database.organisations, organisationFields({ name: 'STEAMhouse' }), 'test'),
    );
    const { user } = await renderApp({ hash: '#/organisations', options });
    await user.click(await screen.findByRole('link', { name: 'STEAMhouse' }));
    await user.click(await screen.findByRole('button', { name: 'Delete organisation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete STEAMhouse?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete organisation' }));

    expect(await screen.findByText(/No organisations yet/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted STEAMhouse.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const list = await screen.findByRole('list', { name: 'Organisations' });
    expect(within(list).getByRole('link', { name: 'STEAMhouse' })).toBeInTheDocument();
  });

  it('lists organisations in German collation order', async () => {
    const options = freshDatabaseOptions();
    await seed(options, async (database) => {
      for (const name of [
        'Zoo Leipzig',
        'Österreich Werbung',
        'Oper Leipzig',
        'Aston University',
      ]) {
        await insertEntity(database.organisations, organisationFields({ name }), 'test');
      }
    });
    await renderApp({ hash: '#/organisations', options });
    const list = await screen.findByRole('list', { name: 'Organisations' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(4));
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Aston University', 'Oper Leipzig', 'Österreich Werbung', 'Zoo Leipzig']);
  });

  it('shows the people affiliated with it and the visits it partnered or hosted', async () => {
    const options = freshDatabaseOptions();
    let organisationId = '';
    let contactId = '';
    let partnerVisitId = '';
    let hostedVisitId = '';
    await seed(options, async (database) => {
      const aston = await insertEntity(
        database.organisations,
        organisationFields({ name: 'Aston University', kind: 'university' }),
        'test',
      );
      organisationId = aston.id;
      const contact = await insertEntity(
        database.contacts,
        contactFields({
          givenNames: 'Helen',
          familyName: 'Higson',
          titlesBefore: 'Prof.',
          affiliations: [{ organisationId, role: 'Provost' }],
        }),
        'test',
      );
      contactId = contact.id;
      await insertEntity(
        database.contacts,
        contactFields({ givenNames: 'Ute', familyName: 'Elsewhere' }),
        'test',
      );
      const partner = await insertEntity(
        database.visits,
        visitFields({ title: 'Leipzig delegation', partnerOrganisationIds: [organisationId] }),
        'test',
      );
      partnerVisitId = partner.id;
      const hosted = await insertEntity(
        database.visits,
        visitFields({
          title: 'Creative trade mission',
          startDate: '2024-03-04',
          endDate: '2024-03-06',
        }),
        'test',
      );
      hostedVisitId = hosted.id;
      await insertEntity(
        database.agendaItems,
        agendaItemFields(hosted.id, { hostOrganisationId: organisationId }),
        'test',
      );
      await insertEntity(database.visits, visitFields({ title: 'Unrelated visit' }), 'test');
    });
    await renderApp({ hash: `#/organisations/${organisationId}`, options });

    const people = await screen.findByRole('region', { name: 'People' });
    const person = await within(people).findByRole('link', { name: 'Prof. Helen Higson' });
    expect(person).toHaveAttribute('href', `#/contacts/${contactId}`);
    expect(people).toHaveTextContent('Provost');
    expect(within(people).queryByRole('link', { name: /Elsewhere/ })).toBeNull();

    const visits = screen.getByRole('region', { name: 'Visits' });
    const partner = await within(visits).findByRole('link', { name: 'Leipzig delegation' });
    expect(partner).toHaveAttribute('href', `#/visits/${partnerVisitId}`);
    expect(partner.parentElement).toHaveTextContent('partner');
    const hosted = await within(visits).findByRole('link', { name: 'Creative trade mission' });
    expect(hosted).toHaveAttribute('href', `#/visits/${hostedVisitId}`);
    expect(hosted.parentElement).toHaveTextContent('hosts 1 programme item');
    expect(within(visits).queryByRole('link', { name: 'Unrelated visit' })).toBeNull();
  });

  it('speaks German when German is chosen', async () => {
    const { user } = await renderApp({ hash: '#/organisations', language: 'de' });
    expect(
      await screen.findByRole('heading', { name: 'Organisationen', level: 1 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Neue Organisation' }));
    const form = await screen.findByRole('form', { name: 'Neue Organisation' });
    expect(
      within(form).getByRole('textbox', { name: 'Name der Organisation' }),
    ).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Art' })).toHaveDisplayValue('Unternehmen');
    await user.click(within(form).getByRole('button', { name: 'Organisation speichern' }));
    expect(
      within(form).getByRole('textbox', { name: 'Name der Organisation' }),
    ).toHaveAccessibleDescription('Geben Sie den Namen der Organisation ein.');
  });
});
