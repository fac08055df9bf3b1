// Browser side of the briefing-pack benchmark (bundled by briefingBench.ts).
import { timeBriefingBuilds } from './briefingBenchRun';

declare global {
  interface Window {
    liaisonBriefingBench?: typeof timeBriefingBuilds;
  }
}

window.liaisonBriefingBench = timeBriefingBuilds;
