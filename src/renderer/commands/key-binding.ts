/**
 * A key binding: modifiers, then one key, joined by '+': 'mod+1', 'alt+3', '?'.
 * 'mod' is Ctrl, or ⌘ on macOS. Letters are written lower case.
 */
export type KeyBinding = string;

interface ParsedKeyBinding {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parseKeyBinding(binding: KeyBinding): ParsedKeyBinding {
  const parts = binding.toLowerCase().split('+');
  const key = parts.at(-1) ?? '';
  const modifiers = new Set(parts.slice(0, -1));
  return { mod: modifiers.has('mod'), alt: modifiers.has('alt'), shift: modifiers.has('shift'), key };
}

function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

const isLetterOrDigit = (key: string) => /^[a-z0-9]$/.test(key);

/** The key a letter or digit sits on, whatever the layout or Alt/Option turned it into. */
function physicalLetterOrDigit(code: string): string | undefined {
  return /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code)?.slice(1).find(Boolean)?.toLowerCase();
}

export function matchesKeyBinding(binding: KeyBinding, event: KeyboardEvent): boolean {
  const wanted = parseKeyBinding(binding);
  const mac = isMacPlatform();
  const modPressed = mac ? event.metaKey : event.ctrlKey;
  const otherPressed = mac ? event.ctrlKey : event.metaKey;
  if (wanted.mod !== modPressed || otherPressed || wanted.alt !== event.altKey) return false;
  if (isLetterOrDigit(wanted.key)) {
    if (wanted.shift !== event.shiftKey) return false;
    return event.key.toLowerCase() === wanted.key || physicalLetterOrDigit(event.code) === wanted.key;
  }
  // A named key (Enter, Escape, F2) arrives capitalized; a symbol such as '?'
  // already says whether Shift was held on this layout.
  if (wanted.key.length > 1) return wanted.shift === event.shiftKey && event.key.toLowerCase() === wanted.key;
  return event.key === wanted.key;
}

const isFunctionKey = (key: string) => /^f([1-9]|1[0-2])$/.test(key);

/**
 * Bindings without Ctrl/⌘ or Alt would eat characters the operator is typing,
 * so they never fire while a text field has focus; the rule lives here so no
 * command can opt out of it. Function keys type nothing, so F2 (new intake)
 * works from inside the call notes.
 */
export function firesWhileTyping(binding: KeyBinding): boolean {
  const { mod, alt, key } = parseKeyBinding(binding);
  return mod || alt || isFunctionKey(key);
}

const namedKeyCaps: Record<string, string> = { escape: 'Esc', enter: 'Enter' };

/** The key caps to draw, e.g. ['Ctrl', 'K']. */
export function keyCaps(binding: KeyBinding): string[] {
  const { mod, alt, shift, key } = parseKeyBinding(binding);
  const mac = isMacPlatform();
  return [
    ...(mod ? [mac ? '⌘' : 'Ctrl'] : []),
    ...(alt ? [mac ? '⌥' : 'Alt'] : []),
    ...(shift ? ['Shift'] : []),
    namedKeyCaps[key] ?? (key.length === 1 || isFunctionKey(key) ? key.toUpperCase() : key),
  ];
}
