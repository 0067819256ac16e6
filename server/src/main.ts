import { createInterface } from 'node:readline/promises';
import { buildServer } from './app';
import { configFromEnv } from './config';
import { openDatabase } from './db/database';
import { runMigrations } from './db/migrations';
import { PASSWORD_MIN } from './auth/passwords';
import { createAdmin } from './users/directory';

/**
 * `npm run server` — serve (default) | create-admin --username <name> [--password <pw>] [--display-name <name>]
 * Configuration comes from the environment: DATABASE_URL or DATA_DIR, PORT, HOST, LOG_LEVEL,
 * TRUST_PROXY, PEYVAND_ADMIN_USERNAME + PEYVAND_ADMIN_PASSWORD.
 */
const USAGE = `Usage:
  npm run server                                   start the sync server
  npm run server -- create-admin --username <name> [--password <pw>] [--display-name <name>]
Environment: DATABASE_URL (postgres://…; default: embedded PGlite in DATA_DIR=./data), PORT (8787), HOST (127.0.0.1),
             LOG_LEVEL (info), TRUST_PROXY (1 behind a reverse proxy), PEYVAND_ADMIN_USERNAME + PEYVAND_ADMIN_PASSWORD.`;

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}\n${USAGE}`);
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`--${key} needs a value`);
    out[key] = value;
  }
  return out;
}

async function prompt(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the password is typed.
    const rlOut = rl as unknown as { _writeToOutput: (s: string) => void };
    rlOut._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    if (hidden) process.stdout.write('\n');
    rl.close();
  }
}

async function createAdminCommand(args: string[]): Promise<void> {
  const opts = flags(args);
  const interactive = process.stdin.isTTY;
  const username = opts.username ?? (interactive ? await prompt('Admin username: ', false) : '');
  const password = opts.password ?? (interactive ? await prompt('Admin password: ', true) : '');
  if (!username || !password) throw new Error(`create-admin needs --username and --password (or a terminal to ask)\n${USAGE}`);
  if (password.length < PASSWORD_MIN) throw new Error(`The password needs at least ${PASSWORD_MIN} characters.`);
  const config = configFromEnv(process.env);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(db);
    const admin = await createAdmin(db, { username, password, displayName: opts['display-name'] }, { onlyIfEmpty: false });
    console.log(`Created admin ${admin!.username} (${admin!.id}) in team ${admin!.teamId}.`);
  } finally {
    await db.close();
  }
}

async function serve(): Promise<void> {
  const server = await buildServer(configFromEnv(process.env));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  await server.listen();
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'serve') return serve();
  if (command === 'create-admin') return createAdminCommand(rest);
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return;
  }
  throw new Error(`Unknown command ${command}\n${USAGE}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
