import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DocumentFormatError } from './document-format-error';
import { describeFrontMatterError, frontMatterSchema, knownFrontMatterKeys, type FrontMatter } from './front-matter-schema';

export interface YamlMetadata {
  frontMatter: FrontMatter;
  warnings: string[];
}

/**
 * Parses and validates front matter (or a sidecar .yml). Unknown keys are
 * not fatal but reported, since they are usually a misspelt field
 * (`keyword:`) whose value would otherwise be lost silently.
 */
export function readYamlMetadata(yamlText: string, where: string): YamlMetadata {
  let raw: unknown;
  try {
    // maxAliasCount guards against "billion laughs" alias expansion.
    raw = parseYaml(yamlText, { maxAliasCount: 100, prettyErrors: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new DocumentFormatError(`${where} is not valid YAML: ${reason}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DocumentFormatError(`${where} must be a YAML mapping of fields (id, title, …)`);
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) throw new DocumentFormatError(`${where}: ${describeFrontMatterError(parsed.error)}`);
  const unknownKeys = Object.keys(raw).filter((key) => !knownFrontMatterKeys.has(key));
  const warnings = unknownKeys.length > 0 ? [`${where} has unknown fields ignored: ${unknownKeys.join(', ')}`] : [];
  return { frontMatter: parsed.data, warnings };
}
