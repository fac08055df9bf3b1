// Times briefing-pack builds: one warm-up (it loads the fonts), then `runs`
// builds of the same pack. Bundled for Chromium and for Node by briefingBench.ts.
import type { BriefingFontSources } from '../../renderer/formats/briefing/briefingFonts';
import { buildBriefingPdf } from '../../renderer/formats/briefing/buildBriefingPdf';
import { briefingBenchInput } from './briefingBenchData';

/** Milliseconds of the warm-up and of each timed build, and the PDF's size. */
export interface BriefingTimings {
  warmUp: number;
  samples: number[];
  bytes: number;
}

export async function timeBriefingBuilds(
  fonts: BriefingFontSources,
  runs: number,
): Promise<BriefingTimings> {
  const { data, options } = briefingBenchInput();
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    bytes = (await buildBriefingPdf(data, options, fonts)).length;
    times.push(performance.now() - started);
  }
  return { warmUp: times[0] ?? 0, samples: times.slice(1), bytes };
}
