/**
 * The organiser's token, kept in the tab's session storage only: never in
 * the address, a cookie or a log, and forgotten when the tab closes.
 */
const KEY = 'maillage.organiserToken';

export interface Session {
  token(): string | null;
  signIn(token: string): void;
  signOut(): void;
}

export function sessionStore(storage: Storage = window.sessionStorage): Session {
  return {
    token: () => storage.getItem(KEY),
    signIn: (token) => storage.setItem(KEY, token),
    signOut: () => storage.removeItem(KEY),
  };
}
