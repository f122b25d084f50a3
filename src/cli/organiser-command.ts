/**
 * `maillage organiser add|list|rotate|revoke <name>`: the organiser accounts
 * of a deployment, in the Redis of its settings (`REDIS_URL`, or the embedded
 * one in `DATA_DIR`). A new token is printed once, on stdout alone.
 */
import { addOrganiser, listOrganisers, revokeOrganiser, rotateOrganiser, type OrganiserToken } from '../app/organisers';
import { dictionary } from '../i18n/dictionary';
import { parseOptions, UsageError, type Io } from './io';
import { LANG_OPTION, langOption } from './lang-option';
import { loadServer, withStartupErrors } from './server-module';

const ACTIONS = ['add', 'list', 'rotate', 'revoke'] as const;
type Action = (typeof ACTIONS)[number];

export async function organiserCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseOptions(args, LANG_OPTION);
  const words = dictionary(langOption(values.lang)).cli.organiser;
  const [action, name, ...extra] = positionals;
  if (!ACTIONS.includes(action as Action)) throw new UsageError(`organiser needs one of ${ACTIONS.join(', ')}`);
  if (action === 'list' ? name !== undefined : name === undefined || extra.length > 0) {
    throw new UsageError(action === 'list' ? 'organiser list takes no name' : `organiser ${action} takes exactly one name`);
  }
  const server = await loadServer();
  const session = await withStartupErrors(server, () => server.openStore(server.loadConfig()));
  const printToken = (said: string, { token }: OrganiserToken) => {
    io.err(said);
    io.out(token);
    io.err(words.tokenOnce);
  };
  try {
    const { deps } = session;
    switch (action as Action) {
      case 'add':
        printToken(words.added(name), await addOrganiser(deps, name));
        break;
      case 'rotate':
        printToken(words.rotated(name), await rotateOrganiser(deps, name));
        break;
      case 'revoke':
        await revokeOrganiser(deps, name);
        io.out(words.revoked(name));
        break;
      case 'list': {
        const accounts = await listOrganisers(deps);
        if (accounts.length === 0) io.out(words.none);
        for (const a of accounts) io.out(words.line({ ...a, revoked: a.revokedAt !== undefined }));
        break;
      }
    }
  } finally {
    await session.close();
  }
}
