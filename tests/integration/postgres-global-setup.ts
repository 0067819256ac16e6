import type { TestProject } from 'vitest/node';
import { findPostgresBinDir, startPostgresCluster } from '../support/postgres-cluster';

/**
 * A real PostgreSQL for the integration tests. PEYVAND_TEST_DATABASE_URL (a role that may
 * CREATE DATABASE) wins; otherwise a throwaway cluster is started from the installed
 * PostgreSQL binaries (tests/support/postgres-cluster.ts). Each test file then creates its
 * own database (tests/integration/postgres.ts). Without PostgreSQL the PostgreSQL tests are
 * skipped with a warning — or, when CI is set, the run fails.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection URL of the test PostgreSQL, or null when none is available. */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | void> {
  if (process.env.PEYVAND_TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.PEYVAND_TEST_DATABASE_URL);
    return;
  }
  const bin = findPostgresBinDir();
  if (!bin) {
    const message =
      'No PostgreSQL found (no initdb, PEYVAND_TEST_DATABASE_URL unset): the PostgreSQL server tests are SKIPPED. ' +
      'Install postgresql (apt-get install -y postgresql) to run them.';
    if (process.env.CI) throw new Error(`${message} CI is set, so this is a failure.`);
    console.warn(`\n⚠ ${message}\n`);
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startPostgresCluster(bin);
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
