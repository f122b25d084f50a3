/**
 * `GET /api/events/:eventId/report`, as the « Bilan » reads it, and the
 * answer of `POST /api/events/:eventId/invitations`.
 */

export interface FollowUps {
  yes: number;
  maybe: number;
  no: number;
}

/** Meetings between two sectors (or regions), `a <= b`; `null` when a cluster did not give one. */
export interface PairRow {
  pair: [string | null, string | null];
  planned: number;
  held: number;
  followUps: FollowUps;
}

export interface EventReport {
  planned: number;
  held: number;
  noShows: number;
  followUps: FollowUps;
  averageRating: number | null;
  answers: { received: number; expected: number };
  bySectorPair: PairRow[];
  byRegionPair: PairRow[];
}

/** `POST /api/events/:eventId/invitations` (202) */
export interface InvitationsQueued {
  queued: number;
  unreachable: string[];
}
