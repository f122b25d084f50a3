/**
 * The words of explanations: why a meeting, why a request is unmet. Each
 * template gets names (never ids) and values; the functions in `explain.ts`
 * choose which one to use.
 */
export interface ExplainWords {
  /** `1er choix`, `1st choice`. */
  choice(priority: number): string;
  mustMeet: string;
  locked: string;
  mutualRequest(a: string, choiceA: string, b: string, choiceB: string): string;
  request(from: string, to: string, choice: string): string;
  competence(offeredBy: string, term: string, soughtBy: string): string;
  unmet: {
    neverMeet(from: string, to: string): string;
    noMeetings(cluster: string): string;
    noCommonRound(from: string, to: string): string;
    meetingWindow(from: string, to: string): string;
    cap(cluster: string, cap: number): string;
    fairness(cluster: string, cap: number): string;
    totalValue(cluster: string, cap: number): string;
    tables(from: string, to: string): string;
    tradeOff: string;
    searchLimit: string;
  };
}
