// Opening the command palette from anywhere (header button, Ctrl/Cmd+K), whether or not its code has
// loaded yet: the palette is mounted after the first screen, so it costs the start nothing.
let handler: (() => void) | undefined;

export function openPalette(): void {
  handler?.();
}

export function handlePaletteRequests(h: () => void): () => void {
  handler = h;
  return () => {
    if (handler === h) handler = undefined;
  };
}
