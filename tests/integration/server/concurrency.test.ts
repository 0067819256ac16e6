import { beforeAll, expect, it } from 'vitest';
import { describeBackends, pullAll, push, seedTeams, activity, useServer, type Cast } from './harness';
import type { SyncCheckpoint } from '../../../shared/sync';

describeBackends('concurrency', (backend) => {
  const server = useServer(backend);
  let cast: Cast;
  beforeAll(async () => {
    cast = await seedTeams(server());
  }, 60_000);

  it('many concurrent pushes to one collection: pulling by checkpoint never skips a row', async () => {
    const base = server().baseUrl;
    const writers = [cast.repA1, cast.repA2, cast.managerA, cast.admin];
    const WRITERS = 16;
    const BATCHES = 6;
    const PER_BATCH = 20;
    const pushed = new Set<string>();
    let writing = true;

    // Readers pull continuously (small and large pages) while the writers hammer; each keeps its own checkpoint.
    const readers = [7, 50, 500, 3].map(async (limit) => {
      const seen = new Set<string>();
      let checkpoint: SyncCheckpoint | null = null;
      let rounds = 0;
      while (writing || rounds++ < 2) {
        const page = await pullAll(base, cast.managerA.accessToken, 'activities', checkpoint, limit);
        for (const d of page.documents) seen.add(d.id);
        checkpoint = page.checkpoint;
      }
      return seen;
    });

    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const who = writers[w % writers.length]!;
        for (let b = 0; b < BATCHES; b++) {
          const docs = Array.from({ length: PER_BATCH }, () => activity({ ownerId: who.user.id, teamId: cast.teamA, subject: `w${w} b${b}` }));
          const res = await push(base, who.accessToken, 'activities', docs.map((d) => ({ newDocumentState: d })));
          expect(res.status).toBe(200);
          expect(res.body).toEqual([]);
          docs.forEach((d) => pushed.add(d.id));
        }
      }),
    );
    writing = false;
    expect(pushed.size).toBe(WRITERS * BATCHES * PER_BATCH);
    for (const seen of await Promise.all(readers)) {
      const missing = [...pushed].filter((id) => !seen.has(id));
      expect(missing).toEqual([]);
    }
    // And the sequence numbers are unique and dense per write.
    const { rows } = await server().server.db.query<{ n: number; distinct_seq: number }>(
      `select count(*) as n, count(distinct seq) as distinct_seq from docs where collection = 'activities'`,
    );
    expect(Number(rows[0]!.n)).toBe(Number(rows[0]!.distinct_seq));
  }, 120_000);
});
