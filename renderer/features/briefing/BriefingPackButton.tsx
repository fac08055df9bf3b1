import type { Visit } from '../../../shared/domain/visit';

export interface BriefingPackButtonProps {
  visit: Visit;
}

/** Opens the briefing-pack dialog for `visit` (options, progress, save). */
export function BriefingPackButton(_props: BriefingPackButtonProps) {
  return null;
}
