import { forgetPersonInSnapshots } from '../../formats/briefing/briefingSnapshot';

export { BriefingPackButton } from './BriefingPackButton';

/**
 * Forgets an erased person in the briefing-pack snapshots this device keeps
 * (localStorage; absent in Node). The app's root hands it to the erasure.
 */
export function forgetPersonInBriefingSnapshots(contactId: string): void {
  if (typeof localStorage !== 'undefined') forgetPersonInSnapshots(localStorage, contactId);
}
