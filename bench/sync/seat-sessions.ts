import { v7 as uuidv7 } from 'uuid';
import type { SessionTokens } from '../../src/shared/sync/auth-schemas';
import { centerApiPaths } from '../../src/shared/sync/center-api-paths';
import { benchOperator } from './bench-operator';

/** One benchmark seat: a seat database (client id) signed in at its own hall position. */
export interface BenchSeat {
  clientId: string;
  seatId: string;
  accessToken: string;
}

/**
 * Signs `count` seats in through the center's login route, each with a new
 * client id, which registers it as a sync client: what each seat of a hall
 * does at the start of a shift. A few sign-ins run at once, as seats would.
 */
export async function signInSeats(url: string, count: number, concurrency = 16): Promise<BenchSeat[]> {
  const seats: BenchSeat[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const clientId = uuidv7();
      const seatId = `B-${String(i + 1).padStart(4, '0')}`;
      const response = await fetch(`${url}${centerApiPaths.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: benchOperator.username, password: benchOperator.password, seatId, clientId }),
      });
      if (response.status !== 200) throw new Error(`sign-in of seat ${seatId}: ${response.status} ${await response.text()}`);
      const tokens = (await response.json()) as SessionTokens;
      seats[i] = { clientId, seatId, accessToken: tokens.accessToken };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return seats;
}
