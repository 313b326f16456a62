/** The shapes of a knowledge-base document as parsed from a file and as stored. */

export const kbStatuses = ['current', 'expired', 'abolished'] as const;
export type KbStatus = (typeof kbStatuses)[number];

export const kbFormats = ['markdown', 'text', 'html', 'docx'] as const;
export type KbFormat = (typeof kbFormats)[number];

/** Everything that defines a document's content; its hash decides whether a re-import changes it. */
export interface KbDocumentContent {
  id: string;
  title: string;
  docNumber: string | null;
  authority: string;
  /** Two levels, `/`-separated, e.g. `社会保障/养老保险`. */
  category: string;
  /** `全市` or one district, e.g. `朝阳区`. */
  district: string;
  /** Epoch ms of 00:00 Asia/Shanghai on the effective date; null when unknown (inferred documents). */
  effectiveFrom: number | null;
  effectiveTo: number | null;
  status: KbStatus;
  keywords: string[];
  questions: string[];
  /** The body as written (Markdown for .md, extracted text for the other formats). */
  body: string;
  /** The body as plain text: what snippets and highlights are computed on. */
  bodyText: string;
  format: KbFormat;
  /** True when the metadata was inferred rather than written by an editor. */
  needsReview: boolean;
}

export interface ParsedKbDocument extends KbDocumentContent {
  sourcePath: string;
  contentHash: string;
  warnings: string[];
}

/** The city-wide district value: such documents apply in every district. */
export const cityWideDistrict = '全市';
