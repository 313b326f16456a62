import { z } from 'zod';

/** Why a call failed, in words a transport can carry and a notification can show. */
export const contractErrorCodeSchema = z.enum([
  'invalid_input',
  'invalid_output',
  'unknown_method',
  'handler_failed',
  'transport_failed',
  'unauthorized',
]);
export type ContractErrorCode = z.infer<typeof contractErrorCodeSchema>;

export const contractIssueSchema = z.object({
  /** Dotted path of the offending field, '' for the input as a whole. */
  path: z.string(),
  reason: z.string(),
});
export type ContractIssue = z.infer<typeof contractIssueSchema>;

export const contractErrorDataSchema = z.object({
  code: contractErrorCodeSchema,
  method: z.string(),
  message: z.string(),
  issues: z.array(contractIssueSchema),
});
export type ContractErrorData = z.infer<typeof contractErrorDataSchema>;

/** The error every client throws, whichever transport carried the call. */
export class ContractError extends Error {
  readonly code: ContractErrorCode;
  readonly method: string;
  readonly issues: ContractIssue[];

  constructor(data: ContractErrorData) {
    super(data.message);
    this.name = 'ContractError';
    this.code = data.code;
    this.method = data.method;
    this.issues = data.issues;
  }

  toData(): ContractErrorData {
    return { code: this.code, method: this.method, message: this.message, issues: this.issues };
  }
}

/** Flattens zod issues into `path: reason` pairs an operator (or a test) can read. */
export function issuesFromZod(error: z.ZodError): ContractIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    reason: issue.message,
  }));
}

export function describeIssues(method: string, issues: ContractIssue[]): string {
  const details = issues.map((i) => (i.path ? `${i.path}: ${i.reason}` : i.reason)).join('; ');
  return `${method}: ${details}`;
}
