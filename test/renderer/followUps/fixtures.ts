import type { FollowUp } from '../../../shared/domain/followUp';
import type { EntityFields } from '../../../renderer/data/writes';

/** A follow-up's stored fields with sensible defaults. */
export function followUpFields(overrides: Partial<FollowUp> = {}): EntityFields<FollowUp> {
  return {
    tags: [],
    kind: 'invitation',
    title: 'Invite Kreatives Leipzig to the Birmingham Design Festival',
    owner: 'Sarah',
    dueDate: '2025-06-20',
    status: 'open',
    ...overrides,
  };
}
