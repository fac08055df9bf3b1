import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import italic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import type { BriefingFontSources } from './briefingFonts';

/**
 * The pack's fonts as the app ships them: Vite copies the TTFs into the build
 * and gives their URLs, so the pack is made offline. Absolute, so that a Web
 * Worker (whose base URL is its script's) fetches the same files.
 */
export function bundledFontSources(base: string = document.baseURI): BriefingFontSources {
  return {
    regular: new URL(regular, base).href,
    bold: new URL(bold, base).href,
    italic: new URL(italic, base).href,
  };
}
