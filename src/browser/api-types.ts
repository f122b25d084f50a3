/**
 * The JSON the page reads from the API, as the page reads it: only the fields
 * it uses. test/browser/api-types.test.ts checks that the use cases' results
 * fit these shapes, so a change on either side fails the type check.
 */
import type { MeetingWhy, Problem, TimeWindow, UnmetRequest } from '../../solver/model/types';

/** A cluster's public profile. */
export interface ClusterProfile {
  id: string;
  name: string;
  region?: string;
  sector?: string;
  offers: string[];
  seeks: string[];
}

/** `GET /api/events/:eventId/overview`; also what the server renders the page from. */
export interface Overview {
  event: {
    id: string;
    name: string;
    location?: string;
    timezone: string;
    sessions: TimeWindow[];
    meetingMinutes: number;
    tables: { id: string; name: string }[];
  };
  cluster: ClusterProfile & { maxMeetings: number };
  clusters: ClusterProfile[];
  published: boolean;
}

/** `GET|POST /api/events/:eventId/preferences` */
export interface PreferencesView {
  submitted: boolean;
  submittedAt?: string;
  requests: { to: string; priority: number }[];
  declines: string[];
  availability?: TimeWindow[];
}

/** The body the page posts to `/api/events/:eventId/preferences`. */
export interface PreferencesBody {
  requests: { to: string; priority: number }[];
  declines: string[];
  availability: TimeWindow[];
}

/** `GET /api/events/:eventId/suggestions` */
export interface SuggestionsView {
  suggestions: { clusterId: string; name: string; why: MeetingWhy[] }[];
}

/** `GET /api/events/:eventId/agenda` */
export interface AgendaView {
  meetings: {
    round: number;
    start: string;
    end: string;
    table: string;
    partner: { id: string; name: string };
    why: MeetingWhy[];
    locked: boolean;
  }[];
  unmet: Pick<UnmetRequest, 'from' | 'to' | 'cause'>[];
}

/** Whether a meeting will have a sequel, as its cluster sees it. */
export type FollowUp = 'yes' | 'maybe' | 'no';

/** One cluster's answer about one of its past meetings. */
export interface FeedbackAnswer {
  /** The partner's id. */
  with: string;
  happened: boolean;
  followUp?: FollowUp;
  /** 1 to 5. */
  rating?: number;
  comment?: string;
}

/** `GET|POST /api/events/:eventId/feedback`: all the cluster's answers. */
export interface FeedbackView {
  meetings: (FeedbackAnswer & { answeredAt: string })[];
}

/** The body the page posts to `/api/events/:eventId/feedback`. */
export interface FeedbackBody {
  meetings: FeedbackAnswer[];
}

/** The body of every 4xx and 5xx answer. */
export interface ErrorBody {
  error: { code: string; message: string; details: Problem[] };
}
