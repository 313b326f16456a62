import { z } from 'zod';

/**
 * 诉求类型. The order is part of the product: Alt+1 … Alt+6 pick the types in
 * this order, so operators' fingers learn it. Append new types at the end;
 * never reorder.
 */
export const appealTypeSchema = z.enum(['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise']);
export type AppealType = z.infer<typeof appealTypeSchema>;

export const appealTypesInShortcutOrder: readonly AppealType[] = appealTypeSchema.options;

/** The type behind Alt+digit (1-based), or null for a digit with no type. */
export function appealTypeForShortcutDigit(digit: number): AppealType | null {
  return appealTypesInShortcutOrder[digit - 1] ?? null;
}

/** The digit that picks a type with Alt, for the cheat sheet and the button hints. */
export function shortcutDigitForAppealType(type: AppealType): number {
  return appealTypesInShortcutOrder.indexOf(type) + 1;
}
