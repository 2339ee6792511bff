/** The modifier shown in shortcut hints: ⌘ on macOS, Ctrl elsewhere. */
export const modKey = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
