import { notFound } from './errors';
import type { AppDeps } from './ports';

/** Removes an event with its tokens, wishes, locks and schedule. */
export async function deleteEvent(deps: Pick<AppDeps, 'store'>, eventId: string): Promise<void> {
  if (!(await deps.store.deleteEvent(eventId))) throw notFound(`event "${eventId}"`);
}
