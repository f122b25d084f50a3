import type { ExplainWords } from '../explain-words';

const ordinal = (p: number) => (p === 1 ? '1st' : p === 2 ? '2nd' : p === 3 ? '3rd' : `${p}th`);
const meetings = (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`);

export const explainEn: ExplainWords = {
  choice: (p) => `${ordinal(p)} choice`,
  mustMeet: 'Required by the organiser',
  locked: 'Fixed by the organiser',
  mutualRequest: (a, ca, b, cb) => `Mutual request (${a}: ${ca}, ${b}: ${cb})`,
  request: (from, to, choice) => `${from} asked to meet ${to} (${choice})`,
  competence: (offeredBy, term, soughtBy) => `${offeredBy} offers ${term}, sought by ${soughtBy}`,
  unmet: {
    neverMeet: (from, to) => `${from} and ${to} must not meet`,
    noMeetings: (c) => `${c} takes no meetings`,
    noCommonRound: (from, to) => `${from} and ${to} have no round in which both are available`,
    meetingWindow: (from, to) => `No round inside the meeting windows of ${from} and ${to} in which both are available and free with a table left`,
    cap: (c, cap) => `${c} reached its cap of ${meetings(cap)} with higher-value partners`,
    fairness: (c, cap) => `${c} reached its cap of ${meetings(cap)}; its partners were chosen so that more clusters get a meeting`,
    totalValue: (c, cap) => `${c} reached its cap of ${meetings(cap)} with partners that give a higher total value`,
    tables: (from, to) => `No round left in which ${from} and ${to} are both free and a table is available`,
    tradeOff: 'Leaving it out lets more clusters meet or gives a higher total value',
    searchLimit: 'Not reached by the search within its time limit',
  },
};
