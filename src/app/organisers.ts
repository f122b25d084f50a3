/**
 * Organiser accounts (`maillage organiser add|list|rotate|revoke`): one per
 * agency on a shared deployment, each owning its events. A new token is given
 * once and kept only as its hash.
 */
import { AppError, invalid, notFound } from './errors';
import { DEFAULT_ORGANISER, ownerOf, type AppDeps, type OrganiserAccount } from './ports';
import { generateToken, hashToken } from './tokens';

/** Lower-case letters, digits, `.`, `_` and `-`, starting with a letter or digit: it is also the account's id. */
export const ORGANISER_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

type Deps = Pick<AppDeps, 'organisers' | 'now'>;

/** An account with the token that opens it, shown once. */
export interface OrganiserToken {
  name: string;
  token: string;
}

export interface OrganiserListing extends OrganiserAccount {
  /** Events it owns. */
  events: number;
}

function requireName(name: string): string {
  if (!ORGANISER_NAME.test(name)) {
    throw invalid('invalid organiser name', [
      {
        path: 'name',
        code: 'invalid_id',
        message: 'must be 1 to 63 lower-case letters, digits, ".", "_" or "-", starting with a letter or a digit',
      },
    ]);
  }
  if (name === DEFAULT_ORGANISER) {
    throw invalid('invalid organiser name', [
      { path: 'name', code: 'invalid_value', message: `"${DEFAULT_ORGANISER}" is the account of ORGANIZER_TOKEN` },
    ]);
  }
  return name;
}

export async function addOrganiser(deps: Deps, name: string): Promise<OrganiserToken> {
  const token = generateToken();
  const account = { name: requireName(name), createdAt: deps.now().toISOString() };
  if (!(await deps.organisers.addOrganiser(account, hashToken(token)))) throw new AppError('conflict', `organiser "${name}" already exists`);
  return { name, token };
}

/** Every account, with the count of events each owns (the default account's too, when it has any). */
export async function listOrganisers(deps: Deps & Pick<AppDeps, 'store'>): Promise<OrganiserListing[]> {
  const [accounts, events] = await Promise.all([deps.organisers.listOrganisers(), deps.store.listEvents()]);
  const owned = new Map<string, number>();
  for (const { owner } of events) owned.set(ownerOf(owner), (owned.get(ownerOf(owner)) ?? 0) + 1);
  return accounts.map((account) => ({ ...account, events: owned.get(account.name) ?? 0 }));
}

/** A new token for the account; the old one stops working, and a revoked account is opened again. */
export async function rotateOrganiser(deps: Deps, name: string): Promise<OrganiserToken> {
  const token = generateToken();
  if (!(await deps.organisers.rotateOrganiser(requireName(name), hashToken(token), deps.now().toISOString()))) {
    throw notFound(`organiser "${name}"`);
  }
  return { name, token };
}

/** The account's token stops working; its events stay, unreachable until `rotate` gives it a new token. */
export async function revokeOrganiser(deps: Deps, name: string): Promise<void> {
  if (!(await deps.organisers.revokeOrganiser(requireName(name), deps.now().toISOString()))) throw notFound(`organiser "${name}"`);
}
