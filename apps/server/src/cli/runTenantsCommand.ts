import {
  type EffectiveTenantSettings,
  mergeTenantSettings,
  type TenantRepository,
  tenantSettingKeys,
} from '@plenum/db';
import { CliError } from './CliError.js';
import type { TenantsCommand } from './TenantsCommand.js';

/**
 * Carries out a validated command against the tenants table and returns what to print on stdout. Throws a
 * {@link CliError} with exit code 1 for an unknown tenant or an id that is taken. `defaults` are the installation's
 * `tenantDefaults`, shown next to every setting the tenant has not chosen itself.
 */
export async function runTenantsCommand(
  command: Exclude<TenantsCommand, { kind: 'help' }>,
  tenants: TenantRepository,
  defaults: EffectiveTenantSettings,
): Promise<string> {
  switch (command.kind) {
    case 'list': {
      const all = await tenants.list();
      return all.length === 0 ? 'No tenants.' : all.map((t) => `${t.id}\t${t.name}`).join('\n');
    }
    case 'show': {
      const tenant = await tenants.findWithSettings(command.id);
      if (tenant === undefined) throw notFound(command.id);
      const effective = mergeTenantSettings(tenant.settings, defaults);
      const width = Math.max(...tenantSettingKeys.map((k) => k.length)) + 2;
      const lines = tenantSettingKeys.map((key) => {
        const value = String(effective[key]);
        return tenant.settings[key] === null
          ? `${key.padEnd(width)}${value.padEnd(12)}(default)`
          : `${key.padEnd(width)}${value}`;
      });
      return [`id${' '.repeat(width - 2)}${tenant.id}`, `name${' '.repeat(width - 4)}${tenant.name}`, ...lines].join(
        '\n',
      );
    }
    case 'create':
      if (!(await tenants.create({ id: command.id, name: command.name }))) {
        throw new CliError(`Tenant "${command.id}" already exists (use rename to change its name)`, 1);
      }
      return `Created tenant ${command.id} (${command.name}).`;
    case 'rename':
      if (!(await tenants.rename(command.id, command.name))) throw notFound(command.id);
      return `Renamed tenant ${command.id} to ${command.name}.`;
    case 'set':
      if (!(await tenants.updateSettings(command.id, { [command.key]: command.value }))) throw notFound(command.id);
      return `${command.id}: ${command.key} = ${command.value}`;
    case 'unset':
      if (!(await tenants.updateSettings(command.id, { [command.key]: null }))) throw notFound(command.id);
      return `${command.id}: ${command.key} back to the default (${defaults[command.key]})`;
  }
}

function notFound(id: string): CliError {
  return new CliError(`No tenant "${id}" (see: plenum tenants list)`, 1);
}
