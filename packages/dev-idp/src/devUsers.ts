/** A seeded account of the development identity provider. */
export interface DevUser {
  /** Stable subject (`sub` claim). */
  readonly subject: string;
  /** Login name typed into the form. */
  readonly username: string;
  /** Development only: published in the README, compared in constant time. */
  readonly password: string;
  readonly name: string;
  readonly email: string;
  readonly locale: 'de' | 'en';
  /** Tenant id, sent as the `tenant` claim. Undefined for the account that tests a missing tenant claim. */
  readonly tenant?: string;
  /** Sent as the `groups` claim; `plenum-admins` makes an administrator with the default config. */
  readonly groups: readonly string[];
}

/**
 * The seeded users: two tenants (the state `land` and the municipality `musterstadt`), one administrator, and one
 * account without a tenant so that the "no tenant claim" refusal can be tried. The passwords are public on purpose:
 * this provider exists for development and tests only and is refused in production mode.
 */
export const devUsers: readonly DevUser[] = [
  {
    subject: 'dev-land-admin',
    username: 'admin@land',
    password: 'admin',
    name: 'Ada Admin',
    email: 'admin@land.example',
    locale: 'de',
    tenant: 'land',
    groups: ['plenum-admins'],
  },
  {
    subject: 'dev-land-moderator',
    username: 'moderator@land',
    password: 'moderator',
    name: 'Moritz Moderator',
    email: 'moderator@land.example',
    locale: 'de',
    tenant: 'land',
    groups: [],
  },
  {
    subject: 'dev-musterstadt-anna',
    username: 'anna@musterstadt',
    password: 'anna',
    name: 'Anna Amtsrat',
    email: 'anna@musterstadt.example',
    locale: 'de',
    tenant: 'musterstadt',
    groups: [],
  },
  {
    subject: 'dev-musterstadt-ben',
    username: 'ben@musterstadt',
    password: 'ben',
    name: 'Ben Bürger',
    email: 'ben@musterstadt.example',
    locale: 'en',
    tenant: 'musterstadt',
    groups: [],
  },
  {
    subject: 'dev-musterstadt-clara',
    username: 'clara@musterstadt',
    password: 'clara',
    name: 'Clara Clausen',
    email: 'clara@musterstadt.example',
    locale: 'en',
    tenant: 'musterstadt',
    groups: [],
  },
  {
    subject: 'dev-no-tenant',
    username: 'nobody',
    password: 'nobody',
    name: 'Nora Niemand',
    email: 'nobody@example.invalid',
    locale: 'en',
    groups: [],
  },
];

/** The tenants the seeded users belong to, for the server to create when it uses this provider. */
export const devTenants: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'land', name: 'Land (Entwicklung)' },
  { id: 'musterstadt', name: 'Musterstadt (Entwicklung)' },
];
