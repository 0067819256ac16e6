import type { Database } from './database';

/**
 * Versioned schema changes, applied in order, each in its own transaction with its row in
 * schema_migrations. Never edit a shipped migration: append a new one.
 * The same SQL runs on PGlite and PostgreSQL.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'users, devices, sync documents',
    sql: `
      create table server_settings (
        key text primary key,
        value text not null
      );

      create table teams (
        id text primary key,
        name text not null,
        created_at timestamptz not null default now()
      );

      create table users (
        id text primary key,
        username text not null unique,
        display_name text not null,
        role text not null check (role in ('admin', 'manager', 'rep')),
        team_id text not null references teams(id),
        password_hash text not null,
        active boolean not null default true,
        access_epoch integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      create table devices (
        id text primary key,
        user_id text not null references users(id),
        name text not null,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create index devices_user on devices (user_id);

      create table refresh_tokens (
        token_hash text primary key,
        device_id text not null references devices(id),
        expires_at timestamptz not null,
        rotated_at timestamptz
      );
      create index refresh_tokens_device on refresh_tokens (device_id);

      create sequence docs_seq;

      create table docs (
        collection text not null,
        id text not null,
        seq bigint not null,
        data jsonb not null,
        deleted boolean not null default false,
        owner_id text,
        team_id text,
        assignee_type text,
        assignee_id text,
        primary key (collection, id)
      );
      create index docs_by_seq on docs (collection, seq);
      create index docs_by_team on docs (collection, team_id, seq);
      create index docs_by_owner on docs (collection, owner_id, seq);
      create index docs_by_assignee on docs (collection, assignee_type, assignee_id, seq);

      create table revocations (
        seq bigint not null,
        collection text not null,
        doc_id text not null,
        owner_id text,
        team_id text,
        assignee_type text,
        assignee_id text,
        data jsonb not null,
        primary key (collection, seq, doc_id)
      );
    `,
  },
  {
    version: 2,
    name: 'final quote numbers',
    sql: `
      -- One counter per (Jalali) year: quotes are numbered 1405-00001, 1405-00002, … when the
      -- server first accepts them (DESIGN §5: offline devices only give provisional numbers).
      create table quote_numbers (
        year integer primary key,
        last_number bigint not null
      );
    `,
  },
];

/** Any constant; all server processes take it so only one migrates at a time. */
const MIGRATION_LOCK = 727_301;

export async function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null default now()
  )`).catch(async (error: unknown) => {
    // Two processes racing on an empty database: the loser sees a duplicate type; the table exists now.
    const { rows } = await db.query(`select to_regclass('schema_migrations') as t`);
    if (!rows[0]?.t) throw error;
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (rows.length) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
