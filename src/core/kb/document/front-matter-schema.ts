import { z } from 'zod';
import { dateObjectToShanghaiEpochMs, parseShanghaiDate } from './shanghai-date';
import { kbStatuses } from './kb-document';

/**
 * The YAML front matter an editor writes (snake_case, as in the issue), and
 * the same fields in a sidecar `.yml` for .txt/.html/.docx documents.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

// YAML reads `id: 0012` as a number and a bare date as a string (1.2 core
// schema) or a Date (1.1); accept what an editor would reasonably write.
const idField = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be 1–128 letters, digits, ".", "_" or "-"'));

const dateField = z.union([z.string(), z.date()]).transform((value, context) => {
  const epochMs = typeof value === 'string' ? parseShanghaiDate(value) : dateObjectToShanghaiEpochMs(value);
  if (epochMs === null) {
    context.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
    return z.NEVER;
  }
  return epochMs;
});

const stringList = z
  .array(z.union([z.string(), z.number()]).transform((value) => String(value).trim()))
  .transform((values) => [...new Set(values.filter((value) => value !== ''))]);

const categoryField = text(200).refine(
  (value) => {
    const levels = value.split('/').map((level) => level.trim());
    return levels.length === 2 && levels.every((level) => level !== '');
  },
  { message: 'must have two levels separated by "/", e.g. 社会保障/养老保险' },
);

export const frontMatterSchema = z
  .object({
    id: idField,
    title: text(300),
    doc_number: z.union([z.string(), z.number()]).nullish().transform((value) => (value == null ? null : String(value).trim() || null)),
    authority: text(200),
    category: categoryField,
    district: text(50),
    effective_from: dateField,
    effective_to: dateField.nullish().transform((value) => value ?? null),
    status: z.enum(kbStatuses),
    keywords: stringList.default([]),
    questions: stringList.default([]),
  })
  .refine((value) => value.effective_to === null || value.effective_to >= value.effective_from, {
    message: 'effective_to is before effective_from',
    path: ['effective_to'],
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

export const knownFrontMatterKeys: ReadonlySet<string> = new Set([
  'id',
  'title',
  'doc_number',
  'authority',
  'category',
  'district',
  'effective_from',
  'effective_to',
  'status',
  'keywords',
  'questions',
]);

/** One line per problem, naming the field, for the import report. */
export function describeFrontMatterError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
