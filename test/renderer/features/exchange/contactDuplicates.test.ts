import { describe, expect, it } from 'vitest';
import {
  findLikelyDuplicates,
  storedCandidate,
  type DuplicateCandidate,
} from '../../../../renderer/formats/contactDuplicates';
import { ORGANISATIONS, PEOPLE } from './exchangeFixtures';

const stored = PEOPLE.map((person) => storedCandidate(person, ORGANISATIONS));

function person(fields: Partial<DuplicateCandidate>): DuplicateCandidate {
  return { givenNames: '', familyName: '', emails: [], organisationNames: [], ...fields };
}

describe('findLikelyDuplicates', () => {
  it('flags the same email whatever its case', () => {
    const [found] = findLikelyDuplicates(
      [
        person({
          givenNames: 'J.',
          familyName: 'M.',
          emails: [{ address: ' J.Mueller@Uni-Leipzig.DE' }],
        }),
      ],
      stored,
    );
    expect(found).toEqual({ reason: 'sameEmail', existingId: PEOPLE[0]?.id });
  });

  it('flags the same folded name at the same organisation (Mueller = Müller)', () => {
    const [found] = findLikelyDuplicates(
      [
        person({
          givenNames: 'Juergen',
          familyName: 'Mueller-Luedenscheidt',
          organisationNames: ['UNIVERSITAET LEIPZIG; Institut fuer Informatik'],
        }),
      ],
      stored,
    );
    expect(found).toEqual({ reason: 'sameNameAndOrganisation', existingId: PEOPLE[0]?.id });
  });

  it('tells apart two people of one name at different organisations', () => {
    const found = findLikelyDuplicates(
      [person({ givenNames: 'Ken', familyName: 'Wood', organisationNames: ['Wood & Sons Ltd'] })],
      stored,
    );
    expect(found).toEqual([undefined]);
  });

  it('flags the later of two alike contacts within one file', () => {
    const found = findLikelyDuplicates(
      [
        person({
          givenNames: 'Anna',
          familyName: 'Schröder',
          emails: [{ address: 'a@example.de' }],
        }),
        person({ givenNames: 'Jörg', familyName: 'Weiß' }),
        person({
          givenNames: 'Anna',
          familyName: 'Schroeder',
          emails: [{ address: 'A@example.de' }],
        }),
      ],
      [],
    );
    expect(found).toEqual([undefined, undefined, { reason: 'sameEmail', earlierIndex: 0 }]);
  });

  it('flags a contact carrying the id of one already stored', () => {
    const [found] = findLikelyDuplicates(
      [person({ id: PEOPLE[3]?.id, familyName: 'Other' })],
      stored,
    );
    expect(found).toEqual({ reason: 'sameId', existingId: PEOPLE[3]?.id });
  });
});
