/**
 * Routing rules carry a human-readable reason so the intake screen can say
 * why it suggests a unit ("category 供热 → 市城管委; place 中关村街道 →
 * 中关村街道办事处"). The center writes the wording; the seat only fills in
 * the names, so the template may use these placeholders and no others.
 */
export const reasonPlaceholders = ['category', 'place', 'unit'] as const;
export type ReasonPlaceholder = (typeof reasonPlaceholders)[number];
export type ReasonValues = Partial<Record<ReasonPlaceholder, string>>;

const placeholderPattern = /\{([^{}]*)\}/g;

/** The placeholders in a template that the seat does not know how to fill. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(reasonPlaceholders);
  return [...template.matchAll(placeholderPattern)]
    .map((match) => match[1] ?? '')
    .filter((name) => !known.has(name));
}

/** Fills {category}, {place} and {unit}; a value not given stays visible as its placeholder. */
export function fillReasonTemplate(template: string, values: ReasonValues): string {
  return template.replace(placeholderPattern, (whole, name: string) => {
    const value = values[name as ReasonPlaceholder];
    return value ?? whole;
  });
}
