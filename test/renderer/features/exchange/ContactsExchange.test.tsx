import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  organisationFields,
  renderApp,
  seed,
} from '../../appHarness';
import MIXED from '../../formats/vcard/fixtures/mixed.vcf?raw';

let saved: { name: string; blob: Blob }[];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs or downloads: keep what the web platform would download.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:liaison/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});

afterEach(() => vi.restoreAllMocks());

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // ignoreBOM keeps the byte order mark in the text, where the test looks for it.
    reader.onload = () =>
      resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The contacts page over a store holding Ken Wood of Birmingham City Council. */
async function renderWithKenWood() {
  const options = freshDatabaseOptions();
  await seed(options, async (database) => {
    const council = await insertEntity(
      database.organisations,
      organisationFields({ name: 'Birmingham City Council', kind: 'city-council' }),
      'test',
    );
    await insertEntity(
      database.contacts,
      contactFields({
        givenNames: 'Ken',
        familyName: 'Wood',
        honorific: 'Cllr',
        affiliations: [{ organisationId: council.id, role: 'Lord Mayor' }],
        dietaryNeeds: 'No shellfish',
      }),
      'test',
    );
  });
  const rendered = await renderApp({ hash: '#/contacts', options });
  await screen.findByRole('link', { name: 'Ken Wood' });
  return rendered;
}

async function openImport(user: Awaited<ReturnType<typeof renderApp>>['user'], file: File) {
  await user.click(screen.getByRole('button', { name: 'Import contacts…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import contacts' });
  await user.upload(within(dialog).getByLabelText('Contacts file (.vcf or .csv)'), file);
  return dialog;
}

const GERMAN_CSV =
  '\uFEFFVorname;Nachname;Firma;E-Mail-Adresse;Kürzel\r\n' +
  'Ken;Wood;Birmingham City Council;;KW\r\n' +
  'Jürgen;Schröder;"Kreatives Leipzig; Büro Plagwitz";j.schroeder@example.de;JS\r\n' +
  'Zsófia;Tóth;;zsofia@example.hu;ZT\r\n';

describe('ContactsExchangeActions', () => {
  it('maps CSV columns, previews duplicates and new organisations, then imports', async () => {
    const { user } = await renderWithKenWood();
    const dialog = await openImport(
      user,
      new File([GERMAN_CSV], 'kontakte.csv', { type: 'text/csv' }),
    );

    const given = await within(dialog).findByRole('combobox', { name: 'Column “Vorname”' });
    expect(given).toHaveValue('givenNames');
    expect(given).toHaveAccessibleDescription('e.g. Ken');
    const initials = within(dialog).getByRole('combobox', { name: 'Column “Kürzel”' });
    expect(initials).toHaveValue('');
    await user.selectOptions(initials, 'Tags');
    await user.click(within(dialog).getByRole('button', { name: 'Show preview' }));

    const table = await within(dialog).findByRole('table', { name: 'Contacts in the file' });
    const kenRow = within(table).getByRole('row', { name: /^Ken Wood/ });
    expect(kenRow).toHaveTextContent('Likely duplicate of Ken Wood');
    expect(kenRow).toHaveTextContent('same name and organisation');
    const anyway = within(kenRow).getByRole('checkbox', { name: 'Import Ken Wood anyway' });
    expect(anyway).not.toBeChecked();
    const newOrganisations = within(dialog).getByRole('region', { name: 'New organisations' });
    expect(newOrganisations).toHaveTextContent('Kreatives Leipzig; Büro Plagwitz');

    await user.click(within(dialog).getByRole('button', { name: 'Import 2 contacts' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Imported 2 contacts.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const list = screen.getByRole('list', { name: 'Contacts' });
    expect(await within(list).findByRole('link', { name: 'Jürgen Schröder' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Zsófia Tóth' })).toBeInTheDocument();
    expect(within(list).getAllByRole('link', { name: 'Ken Wood' })).toHaveLength(1);
  });

  it('lets the user import a likely duplicate anyway', async () => {
    const { user } = await renderWithKenWood();
    const dialog = await openImport(user, new File([GERMAN_CSV], 'kontakte.csv'));
    await user.click(await within(dialog).findByRole('button', { name: 'Show preview' }));
    await user.click(
      await within(dialog).findByRole('checkbox', { name: 'Import Ken Wood anyway' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 contacts' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Imported 3 contacts.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Contacts' })).getAllByRole('link', {
          name: 'Ken Wood',
        }),
      ).toHaveLength(2),
    );
  });

  it('refuses to preview until a name column is mapped', async () => {
    const { user } = await renderWithKenWood();
    const dialog = await openImport(user, new File([GERMAN_CSV], 'kontakte.csv'));
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Column “Vorname”' }),
      'Ignore',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Column “Nachname”' }),
      'Ignore',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Show preview' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Map a column to “Given names” or “Family name”.',
    );
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });

  it('names the line of a malformed CSV and stays on the file step', async () => {
    const { user } = await renderWithKenWood();
    const broken = 'Vorname,Nachname\nAnn,Lee\n"Bob,Smith\n';
    const dialog = await openImport(user, new File([broken], 'broken.csv'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Line 3: a quoted field is never closed.',
    );
    expect(within(dialog).getByLabelText('Contacts file (.vcf or .csv)')).toBeInTheDocument();
  });

  it('imports a vCard file of many cards straight to the preview', async () => {
    const { user } = await renderWithKenWood();
    const dialog = await openImport(
      user,
      new File([MIXED], 'contacts.vcf', { type: 'text/vcard' }),
    );
    const table = await within(dialog).findByRole('table', { name: 'Contacts in the file' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByRole('row', { name: /^Ken Wood/ })).toHaveTextContent(
      'Likely duplicate',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import 4 contacts' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Imported 4 contacts.');
  });

  it('exports chosen CSV columns with a BOM, leaving sensitive ones out by default', async () => {
    const { user } = await renderWithKenWood();
    await user.click(screen.getByRole('button', { name: 'Export contacts…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    await user.click(within(dialog).getByRole('radio', { name: /CSV/ }));
    const sensitive = within(dialog).getByRole('checkbox', {
      name: 'Include dietary and accessibility needs',
    });
    expect(sensitive).not.toBeChecked();
    expect(
      within(dialog).queryByRole('checkbox', { name: 'Dietary needs' }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Languages' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export 1 contact' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Exported 1 contact to');
    expect(saved[0]?.name).toMatch(/^liaison-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readText(saved[0]!.blob);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header).toContain('Given names');
    expect(header).not.toContain('Languages');
    expect(row).toContain('Birmingham City Council');
    expect(text).not.toContain('No shellfish');
  });

  it('saves one contact’s vCard from its detail', async () => {
    const { user } = await renderWithKenWood();
    await user.click(screen.getByRole('link', { name: 'Ken Wood' }));
    await user.click(await screen.findByRole('button', { name: 'Save as vCard' }));
    expect(await screen.findByText('Saved Ken-Wood.vcf.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('Ken-Wood.vcf');
    const text = await readText(saved[0]!.blob);
    expect(text).toContain('FN:Ken Wood\r\n');
    expect(text).toContain('N:Wood;Ken;;Cllr;\r\n');
    expect(text).toContain('ORG:Birmingham City Council\r\n');
    expect(text).not.toContain('No shellfish');
  });

  it('speaks German when the app does', async () => {
    const { user } = await renderApp({ hash: '#/contacts', language: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Kontakte importieren…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kontakte importieren' });
    await user.upload(
      within(dialog).getByLabelText('Kontaktdatei (.vcf oder .csv)'),
      new File(['Vorname;Nachname\n'], 'leer.csv'),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Die Datei hat unter der Kopfzeile keine Datensätze.',
    );
  });
});
