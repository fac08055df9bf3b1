// Types of rendererFloors.js (plain JavaScript: ESLint's config loads it without a build).
export declare const RENDERER_FLOORS: string[][];
export declare const GROUND_ANYWHERE: string[];
export declare function floorViolation(from: string, to: string, typeOnly: boolean): string | null;
