/** Where service tests find the machine's PostgreSQL: `PLENUM_TEST_DATABASE_URL`, else the local trust-auth default. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLENUM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}
