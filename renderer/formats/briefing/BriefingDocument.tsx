import { Document, Page } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { addendumEntries } from './addendumEntries';
import type { BriefingModel } from './briefingModel';
import type { BriefingSection } from './briefingOptions';
import { CoverPage } from './CoverPage';
import { EntriesSection } from './EntriesSection';
import { ListSection } from './ListSection';
import { PageFrame } from './PageFrame';
import { PeopleSection } from './PeopleSection';
import { pdfStyles as styles } from './pdfStyles';
import { ProgrammeSection } from './ProgrammeSection';

export interface BriefingDocumentProps {
  model: BriefingModel;
}

/** Splits `items` into runs of `size`; at least one (empty) run, so a section still prints. */
function runs<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result.length > 0 ? result : [[]];
}

/** How many portraits or profiles share one run of pages. */
const PER_RUN = 6;

/**
 * A section as one or more runs of pages. Each run is a react-pdf <Page>:
 * react-pdf lays out again everything after each page break on that <Page>,
 * so one endless <Page> costs time growing with the square of its length;
 * short runs (a day of the programme, six portraits) keep it linear.
 */
function sectionRuns(model: BriefingModel, id: BriefingSection): ReactElement[] {
  const s = model.strings;
  switch (id) {
    case 'purpose':
      return [
        <ListSection
          key={id}
          heading={s.sections.purpose}
          parts={[{ heading: s.purpose.objectives, items: model.objectives }]}
          empty={s.none}
        />,
      ];
    case 'messages':
      return [
        <ListSection
          key={id}
          heading={s.sections.messages}
          parts={[
            { heading: s.messages.keyMessages, items: model.keyMessages },
            { heading: s.messages.linesToTake, items: model.linesToTake },
          ]}
          empty={s.none}
        />,
      ];
    case 'programme':
      return runs(model.programme, 1).map((days, index) => (
        <ProgrammeSection key={`${id}-${index}`} model={model} days={days} first={index === 0} />
      ));
    case 'venues':
      return [
        <EntriesSection
          key={id}
          heading={s.sections.venues}
          empty={s.none}
          entries={model.venues.map((venue) => ({
            title: venue.name,
            lines: [venue.address, `${s.venues.usedFor}: ${venue.usedFor.join('; ')}`],
          }))}
        />,
      ];
    case 'people':
      return runs(model.people, PER_RUN).map((people, index) => (
        <PeopleSection key={`${id}-${index}`} model={model} people={people} first={index === 0} />
      ));
    case 'organisations':
      return runs(model.organisations, PER_RUN * 2).map((organisations, index) => (
        <EntriesSection
          key={`${id}-${index}`}
          {...(index === 0 ? { heading: s.sections.organisations } : {})}
          empty={s.none}
          entries={organisations.map((org) => ({
            title: org.name,
            fields: org.details,
            lines: org.description ? [org.description] : [],
          }))}
        />
      ));
    case 'partnership':
      return [
        <EntriesSection
          key={id}
          heading={s.sections.partnership}
          empty={s.partnership.noPartnership}
          entries={model.partnership ? [model.partnership] : []}
        />,
      ];
    case 'followUps':
      return [
        <EntriesSection
          key={id}
          heading={s.sections.followUps}
          empty={s.none}
          entries={model.followUps.map((followUp) => ({
            title: followUp.title,
            lines: followUp.details,
          }))}
        />,
      ];
    case 'logistics':
      return [
        <EntriesSection
          key={id}
          heading={s.sections.logistics}
          empty={s.none}
          entries={[
            ...(model.logistics.length > 0 ? [{ fields: model.logistics }] : []),
            {
              title: s.logistics.emergency,
              lines: [
                ...(model.emergency.number ? [model.emergency.number] : []),
                ...model.emergency.contacts.map(
                  (contact) =>
                    `${contact.name} (${contact.role}): ${contact.phones.join(', ') || s.logistics.noPhone}`,
                ),
              ],
            },
          ]}
        />,
      ];
  }
}

/** Sections short enough to share a run of pages with the one before. */
const FLOWING = new Set<BriefingSection>(['messages', 'partnership', 'followUps']);

/**
 * The whole pack as a react-pdf document: the cover, then the chosen
 * sections in their fixed order, the sensitive needs and the addendum last.
 */
export function BriefingDocument({ model }: BriefingDocumentProps) {
  const s = model.strings;
  const addendum =
    model.addendum === undefined
      ? undefined
      : addendumEntries(model.addendum, s, model.format, model.venueTimeZone);
  const pages: ReactElement[][] = [];
  for (const id of model.sections) {
    const [firstRun, ...more] = sectionRuns(model, id);
    const previous = pages[pages.length - 1];
    if (previous && FLOWING.has(id) && firstRun) previous.push(firstRun);
    else if (firstRun) pages.push([firstRun]);
    for (const run of more) pages.push([run]);
  }
  // Late additions go on one last run: what the reader needs to act on before going.
  const closing: ReactElement[] = [];
  if (model.needs) {
    closing.push(
      <EntriesSection
        key="needs"
        heading={s.sections.needs}
        empty={s.needs.noNeeds}
        entries={model.needs.map((entry) => ({ title: entry.name, fields: entry.details }))}
      />,
    );
  }
  if (addendum) {
    closing.push(
      <EntriesSection
        key="addendum"
        heading={s.sections.addendum}
        intro={addendum.intro}
        empty=""
        entries={addendum.entries}
      />,
    );
  }
  if (closing.length > 0) pages.push(closing);
  return (
    <Document
      title={`${model.title} – ${s.documentTitle}`}
      subject={model.classification}
      language={model.language}
      creator="Liaison"
      producer="Liaison"
    >
      <CoverPage model={model} />
      {pages.map((content, index) => (
        <Page key={index} size="A4" style={styles.page} wrap>
          <PageFrame model={model} />
          {content}
        </Page>
      ))}
    </Document>
  );
}
