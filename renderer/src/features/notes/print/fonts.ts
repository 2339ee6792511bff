// Both card fonts ship with the app (bundled by Vite from @fontsource): printing works offline and looks
// the same on every computer. Each face covers Latin and Latin Extended, so Turkish letters are in it.
import '@fontsource/caveat/500.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import { useEffect, useState } from 'react';
import type { CardFont } from './sizes';

/** The faces a card in this font uses (the body's face, and Inter for its small lines). */
function faces(font: CardFont): string[] {
  const small = ['400 16px "Inter"', '500 16px "Inter"'];
  return font === 'hand' ? ['500 16px "Caveat"', ...small] : small;
}

/** The distinct characters of some text: what decides which subsets of a face load. */
export function charsOf(text: string): string {
  return [...new Set(text)].join('');
}

/**
 * Resolves once the faces the cards need are loaded for these characters (and nothing else is still
 * loading), so a print never catches a fallback font. Never rejects: a missing face prints in a fallback.
 */
export async function loadCardFonts(font: CardFont, chars: string): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  if (typeof fonts.load === 'function') {
    await Promise.all(faces(font).map((face) => fonts.load(face, chars || 'a').catch(() => [])));
  }
  await fonts.ready;
}

/** Whether the card fonts are loaded for these characters; false again while a new choice loads. */
export function useCardFontsLoaded(font: CardFont, chars: string): boolean {
  const key = `${font}\u0000${chars}`;
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void loadCardFonts(font, chars).then(() => {
      if (alive) setLoaded(key);
    });
    return () => {
      alive = false;
    };
  }, [font, chars, key]);
  return loaded === key;
}
