import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { incomingCallSchema } from '../../shared/contract/intake/call-schemas';
import { ctiUsage, parseCtiArgs } from './cti-cli-args';
import { CtiTokenMissingError, ctiTokenFile, readCtiToken } from './cti-token';
import { seatCtiPort } from './seat-cti-port';
import { SeatUnreachableError, sendSimulatedCall, type SeatAnswer } from './send-simulated-call';

export interface CtiCliOutput {
  out(text: string): void;
  err(text: string): void;
}

// As the usage text says: 0 the seat took the call (or help was shown), 1 it refused or is not running, 2 usage.
const ctiExitCodes = { ok: 0, refusedOrUnreachable: 1, usage: 2 } as const;

/**
 * `npm run cti -- call 13812345678`: rings the running seat the way a
 * softphone would, so intake can be tried and tested without a phone
 * system. What the seat answered goes to stdout, problems to stderr.
 */
export async function runCtiCli(argv: readonly string[], io: CtiCliOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args;
  try {
    args = parseCtiArgs(argv, env);
  } catch (error) {
    io.err(`cti: ${(error as Error).message}\n\n${ctiUsage}`);
    return ctiExitCodes.usage;
  }
  if (args.command === 'help') {
    io.out(ctiUsage);
    return ctiExitCodes.ok;
  }
  const port = args.port ?? seatCtiPort(args.dataDir);
  try {
    const token = readCtiToken(args.dataDir);
    const callId = `sim-${randomUUID()}`;
    const answer = await sendSimulatedCall({ port, token, callId, ani: args.ani, dnis: args.dnis, at: Date.now() });
    if (answer.status === 200) {
      io.out(`${describeTakenCall(answer)}\n${JSON.stringify(answer.body, null, 2)}\n`);
      return ctiExitCodes.ok;
    }
    io.err(`cti: ${describeRefusal(answer, port, ctiTokenFile(args.dataDir))}\n`);
    return ctiExitCodes.refusedOrUnreachable;
  } catch (error) {
    if (error instanceof CtiTokenMissingError) {
      io.err(`cti: ${error.message}; start the seat once, or pass --data-dir of the seat to ring\n`);
      return ctiExitCodes.usage;
    }
    if (error instanceof SeatUnreachableError) {
      io.err(`cti: ${error.message}\n`);
      return ctiExitCodes.refusedOrUnreachable;
    }
    throw error;
  }
}

function describeTakenCall(answer: SeatAnswer): string {
  const call = incomingCallSchema.safeParse(answer.body);
  if (!call.success) return 'the seat took the call:';
  const { phone, callId, draftId } = call.data;
  const from = phone.kind === 'withheld' ? 'a withheld number' : `${phone.display} (${phone.kind})`;
  return `the seat took call ${callId} from ${from}; its intake draft is ${draftId}:`;
}

function describeRefusal(answer: SeatAnswer, port: number, tokenFile: string): string {
  if (answer.status === 401) {
    return (
      `the seat on port ${port} refused the token in ${tokenFile}: ` +
      'it belongs to another seat; pass --data-dir of the seat listening there'
    );
  }
  const problem = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as {
    detail?: unknown;
    issues?: { path?: unknown; reason?: unknown }[];
  };
  const detail = typeof problem.detail === 'string' ? problem.detail : JSON.stringify(answer.body);
  const issues = Array.isArray(problem.issues) ? problem.issues : [];
  const fields = issues.map((issue) => `\n  ${String(issue.path) || 'body'}: ${String(issue.reason)}`).join('');
  return `the seat refused the call: ${answer.status} ${answer.statusText}: ${detail}${fields}`;
}

// Run when executed directly (tsx src/core/cti/cti-cli.ts …), not when imported by tests.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void runCtiCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
