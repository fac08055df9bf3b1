export declare const projectRoot: string;
export declare function bundleForBrowser(entry: string): Promise<string>;
export declare function median(values: number[]): number;
export declare function printTable(
  header: string[],
  rows: string[][],
  leftAligned: Set<number>,
): void;
