import { describe, expect, it } from 'vitest';
import { sections } from '../../../src/renderer/app/sections';
import { commands } from '../../../src/renderer/commands/command-registry';
import { firesWhileTyping, keyCaps, matchesKeyBinding } from '../../../src/renderer/commands/key-binding';
import { appealTypesInShortcutOrder } from '../../../src/shared/tickets/appeal-type';

const keydown = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('command registry', () => {
  it('has unique ids and never binds one key twice', () => {
    const ids = commands.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = commands.flatMap((command) => (command.keys ? [command.keys.toLowerCase()] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reaches every section by keyboard', () => {
    for (const section of sections) {
      expect(commands.find((command) => command.id === `navigate.${section.id}`)?.keys).toBeTruthy();
    }
  });

  it('binds Alt+1…6 to the appeal types, in their fixed order', () => {
    const altDigits = commands.filter((command) => /^alt\+\d$/.test(command.keys ?? ''));
    expect(altDigits.map((command) => [command.keys, command.id])).toEqual(
      appealTypesInShortcutOrder.map((type, index) => [`alt+${index + 1}`, `intake.appealType.${type}`]),
    );
  });

  it('lets F2 fire from inside a text field (function keys type nothing)', () => {
    expect(firesWhileTyping('f2')).toBe(true);
    expect(firesWhileTyping('escape')).toBe(false);
    expect(matchesKeyBinding('f2', keydown({ key: 'F2', code: 'F2' }))).toBe(true);
    expect(matchesKeyBinding('mod+enter', keydown({ key: 'Enter', code: 'Enter', ctrlKey: true }))).toBe(true);
    expect(matchesKeyBinding('mod+enter', keydown({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(keyCaps('escape')).toEqual(['Esc']);
    expect(keyCaps('f2')).toEqual(['F2']);
  });
});

describe('key bindings', () => {
  it('match Ctrl+digit and Ctrl+letter exactly', () => {
    expect(matchesKeyBinding('mod+1', keydown({ key: '1', code: 'Digit1', ctrlKey: true }))).toBe(true);
    expect(matchesKeyBinding('mod+1', keydown({ key: '1', code: 'Digit1' }))).toBe(false);
    expect(matchesKeyBinding('mod+1', keydown({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBe(false);
    expect(matchesKeyBinding('mod+k', keydown({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKeyBinding('mod+k', keydown({ key: 'k', code: 'KeyK', ctrlKey: true }))).toBe(true);
  });

  it('match letters and digits by physical key when Alt or the layout changes the character', () => {
    expect(matchesKeyBinding('alt+1', keydown({ key: '¡', code: 'Digit1', altKey: true }))).toBe(true);
  });

  it('match a symbol by its character, whatever Shift it took', () => {
    expect(matchesKeyBinding('?', keydown({ key: '?', code: 'Slash', shiftKey: true }))).toBe(true);
    expect(matchesKeyBinding('?', keydown({ key: '/', code: 'Slash' }))).toBe(false);
    expect(matchesKeyBinding('?', keydown({ key: '?', code: 'Slash', shiftKey: true, ctrlKey: true }))).toBe(false);
  });

  it('let only Ctrl or Alt combinations fire while typing', () => {
    expect(firesWhileTyping('mod+k')).toBe(true);
    expect(firesWhileTyping('alt+3')).toBe(true);
    expect(firesWhileTyping('?')).toBe(false);
    expect(firesWhileTyping('shift+g')).toBe(false);
  });

  it('draw key caps', () => {
    expect(keyCaps('mod+k')).toEqual(['Ctrl', 'K']);
    expect(keyCaps('?')).toEqual(['?']);
  });
});
