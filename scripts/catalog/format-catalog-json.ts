import type { Catalog } from '../../src/shared/catalog/catalog-schema';

/**
 * One entry per line: small enough to ship (no indentation inside entries),
 * and a change to one category or unit shows as a one-line diff in review.
 */
export function formatCatalogJson(catalog: Catalog): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(catalog);
  entries.forEach(([key, value], at) => {
    const comma = at < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((entry: unknown, i) => lines.push(`    ${JSON.stringify(entry)}${i < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
