/** Formats a path into the catalog document the way people read it: `units[3].categoryIds[0]`. */
export function formatCatalogPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}
