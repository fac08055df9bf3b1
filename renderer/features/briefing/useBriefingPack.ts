import { useCallback, useRef, useState } from 'react';
import type { Visit } from '../../../shared/domain/visit';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { useSettings } from '../../services/settings/SettingsProvider';
import { useDatabase } from '../../data/useLiveQuery';
import {
  defaultBriefingBuilder,
  type BriefingBuilder,
} from '../../formats/briefing/briefingBuilder';
import { gatherBriefingData } from '../../formats/briefing/briefingData';
import { toBriefingError, type BriefingErrorCode } from '../../formats/briefing/briefingError';
import { exportFileName } from '../../formats/fileName';
import type { BriefingFontSources } from '../../formats/briefing/briefingFonts';
import type { BriefingOptions } from '../../formats/briefing/briefingOptions';
import { briefingSnapshotStore, snapshotOf } from '../../formats/briefing/briefingSnapshot';
import { bundledFontSources } from '../../formats/briefing/fontAssets';
import { usePlatform } from '../../platform';

/** The steps of making a pack, in order; the dialog shows each as it starts. */
export const BRIEFING_STAGES = ['gathering', 'layout', 'saving'] as const;

/** One of `BRIEFING_STAGES`. */
export type BriefingStage = (typeof BRIEFING_STAGES)[number];

/** Where making a pack stands. */
export type BriefingState =
  | { status: 'idle' }
  | { status: 'working'; stage: BriefingStage }
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; code: BriefingErrorCode; detail: string };

/** What can be swapped: tests run in Node, where fonts are files and there are no workers. */
export interface BriefingPackEnvironment {
  fonts?: BriefingFontSources;
  builder?: BriefingBuilder;
  /** Where the last pack's snapshot is kept; this device's localStorage by default. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Makes a visit's briefing pack: gathers the data, lays out the PDF (in a Web
 * Worker where there is one), saves it through the platform and, once saved,
 * remembers what it contained for the next pack's addendum.
 */
export function useBriefingPack(visit: Visit, environment: BriefingPackEnvironment = {}) {
  const platform = usePlatform();
  const database = useDatabase();
  const { settings } = useSettings();
  const [state, setState] = useState<BriefingState>({ status: 'idle' });
  const running = useRef(false);

  const create = useCallback(
    async (options: Omit<BriefingOptions, 'previousSnapshot'>) => {
      if (running.current) return;
      running.current = true;
      const store = briefingSnapshotStore(environment.storage ?? window.localStorage);
      const progress: { stage: BriefingStage } = { stage: 'gathering' };
      const enter = (next: BriefingStage) => {
        progress.stage = next;
        setState({ status: 'working', stage: next });
      };
      try {
        enter('gathering');
        const data = await gatherBriefingData(database, visit.id, {
          homeTimeZone: settings.homeTimeZone,
        });
        const previousSnapshot = options.addendum ? store.load(visit.id) : undefined;
        enter('layout');
        const build = environment.builder ?? defaultBriefingBuilder();
        const bytes = await build(
          data,
          { ...options, ...(previousSnapshot ? { previousSnapshot } : {}) },
          environment.fonts ?? bundledFontSources(),
        );
        enter('saving');
        const result = await platform.saveFile({
          suggestedName: exportFileName(
            [
              data.visit.title || 'visit',
              'briefing',
              isoDateOf(data.generatedAt, data.homeTimeZone),
            ],
            'pdf',
          ),
          data: bytes,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (result.status === 'saved') {
          store.save(snapshotOf(data));
          setState({ status: 'saved', path: result.path });
        } else {
          setState({ status: 'cancelled' });
        }
      } catch (error) {
        const failure = toBriefingError(
          error,
          progress.stage === 'saving' ? 'saveFailed' : 'renderFailed',
        );
        setState({ status: 'failed', code: failure.code, detail: failure.message });
      } finally {
        running.current = false;
      }
    },
    [
      database,
      platform,
      environment.builder,
      environment.fonts,
      environment.storage,
      settings.homeTimeZone,
      visit.id,
    ],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, create, reset };
}
