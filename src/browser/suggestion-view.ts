/**
 * The suggested partners as text, in the page's language and with names.
 * Free of the DOM; `suggestions.ts` puts them on the page.
 */
import type { Dictionary } from '../i18n/dictionary';
import { explainMeeting, type NameOf } from '../i18n/explain';
import type { ClusterProfile, SuggestionsView } from './api-types';

export interface SuggestionLines {
  clusterId: string;
  name: string;
  /** `sector · region`, or `''`. */
  about: string;
  region?: string;
  sector?: string;
  offers: readonly string[];
  seeks: readonly string[];
  reasons: string[];
}

export function suggestionLines(
  view: SuggestionsView,
  profiles: ReadonlyMap<string, ClusterProfile>,
  nameOf: NameOf,
  words: Dictionary,
): SuggestionLines[] {
  return view.suggestions.map((s) => {
    const profile = profiles.get(s.clusterId);
    return {
      clusterId: s.clusterId,
      name: s.name,
      about: [profile?.sector, profile?.region].filter((x): x is string => !!x).join(' · '),
      ...(profile?.region ? { region: profile.region } : {}),
      ...(profile?.sector ? { sector: profile.sector } : {}),
      offers: profile?.offers ?? [],
      seeks: profile?.seeks ?? [],
      reasons: explainMeeting(s.why, nameOf, words.explain),
    };
  });
}
