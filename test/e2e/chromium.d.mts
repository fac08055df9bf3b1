export declare const chromiumLaunchOptions: {
  executablePath: string;
  headless: true;
  args: string[];
};
