/**
 * Ports for what the reliability tests start. Each test asks for the first free port of its own small
 * range (Bolt in 7731–7739, HTTP in 4731–4739), so a port some other process took is skipped rather than
 * shared.
 */
import net from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function firstFreePort(candidates: readonly number[]): Promise<number> {
  for (const port of candidates) if (await isFree(port)) return port;
  throw new Error(`none of the ports ${candidates.join(', ')} is free on 127.0.0.1`);
}

export const BOLT_PORTS = { shared: [7733, 7734, 7735, 7731, 7732], faults: [7736, 7737, 7738, 7739] } as const;
export const HTTP_PORTS = [4731, 4732, 4733, 4734, 4735, 4736, 4737, 4738, 4739] as const;

/** A free HTTP port of the reliability range. */
export function freeHttpPort(): Promise<number> {
  return firstFreePort(HTTP_PORTS);
}
