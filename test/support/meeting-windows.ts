/**
 * Random meeting windows for random events: the solver's rules must hold and
 * agree with brute force on events that have them.
 */
import { mulberry32 } from '../../bench/random-event';
import { pairKey } from '../../solver/model/pair-key';
import type { EventFile, MeetingWindowInput, TimeWindow } from '../../solver/model/types';
import { insideOneWindow, roundSlots, windowInterval, type Interval, type RoundSlot } from '../../solver/time/round-grid';
import { formatInZone } from '../../solver/time/zoned-time';

const MINUTE = 60_000;

/** A wall-clock window of the event's zone from two instants of one day. */
function wallWindow(startMs: number, endMs: number, zone: string): TimeWindow {
  const start = formatInZone(startMs, zone);
  const end = formatInZone(endMs, zone);
  return { date: start.slice(0, 10), start: start.slice(11, 16), end: end.slice(11, 16) };
}

/**
 * The event with meeting windows for about `share` of its requested and
 * required pairs (never-meet pairs included, whose windows are moot). Each
 * pair gets one or two windows, each a run of rounds of one session, a few
 * minutes wider or one minute short of its last round now and then (which
 * loses that round). A required pair keeps at least one round in which both
 * clusters are available, so that the event stays valid. The same seed gives
 * the same windows; the input is not modified.
 */
export function withMeetingWindows(event: EventFile, seed: number, share = 0.4): EventFile {
  const rand = mulberry32(seed);
  const zone = event.event.timezone;
  const slots = roundSlots(event.event);
  const sessions = [...new Set(slots.map((s) => s.session))].map((session) => slots.filter((s) => s.session === session));
  const availability = new Map(
    event.clusters.map((c) => [c.id, c.availability?.map((w) => windowInterval(w, zone)).filter((w): w is Interval => w !== null)] as const),
  );
  const availableIn = (id: string, slot: RoundSlot) => {
    const own = availability.get(id);
    return own === undefined || insideOneWindow(slot, own);
  };

  const required = new Set((event.constraints?.mustMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const pairs = new Map<string, [string, string]>();
  for (const r of event.requests ?? []) pairs.set(pairKey(r.from, r.to), [r.from, r.to]);
  for (const [a, b] of event.constraints?.mustMeet ?? []) pairs.set(pairKey(a, b), [a, b]);

  const meetingWindows: MeetingWindowInput[] = [];
  for (const [key, [a, b]] of [...pairs].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (rand() >= share) continue;
    const windows: TimeWindow[] = [];
    const count = rand() < 0.7 ? 1 : 2;
    for (let k = 0; k < count; k++) {
      const session = sessions[Math.floor(rand() * sessions.length)];
      const first = Math.floor(rand() * session.length);
      const last = first + Math.floor(rand() * (session.length - first));
      const wider = [0, 0, 3][Math.floor(rand() * 3)] * MINUTE;
      const short = last > first && rand() < 0.2 ? -MINUTE : [0, 0, 4][Math.floor(rand() * 3)] * MINUTE;
      windows.push(wallWindow(session[first].startMs - wider, session[last].endMs + short, zone));
    }
    if (required.has(key)) {
      // One whole round in which both are there, so that the required pair can still meet.
      const common = slots.filter((s) => availableIn(a, s) && availableIn(b, s));
      const slot = common[Math.floor(rand() * common.length)];
      if (slot) windows.push(wallWindow(slot.startMs, slot.endMs, zone));
    }
    // Either order of the pair is valid.
    meetingWindows.push({ clusters: rand() < 0.5 ? [a, b] : [b, a], windows });
  }
  if (meetingWindows.length === 0) return event;
  return { ...event, constraints: { ...event.constraints, meetingWindows } };
}
