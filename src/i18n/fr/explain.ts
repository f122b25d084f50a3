import type { ExplainWords } from '../explain-words';

const rencontres = (n: number) => (n <= 1 ? `${n} rencontre` : `${n} rencontres`);

export const explainFr: ExplainWords = {
  choice: (p) => (p === 1 ? '1er choix' : `${p}e choix`),
  mustMeet: 'Rencontre demandée par l’organisateur',
  locked: 'Rencontre fixée par l’organisateur',
  mutualRequest: (a, ca, b, cb) => `Demande mutuelle (${a}\u00a0: ${ca}, ${b}\u00a0: ${cb})`,
  request: (from, to, choice) => `${from} a demandé à rencontrer ${to} (${choice})`,
  // « compétence » carries the agreement: the term may be masculine (« big data ») or feminine (« robotique »).
  competence: (offeredBy, term, soughtBy) => `${offeredBy} propose ${term}, compétence recherchée par ${soughtBy}`,
  unmet: {
    neverMeet: (from, to) => `${from} et ${to} ne doivent pas se rencontrer`,
    noMeetings: (c) => `${c} ne prend aucune rencontre`,
    noCommonRound: (from, to) => `${from} et ${to} ne sont jamais disponibles au même tour`,
    meetingWindow: (from, to) => `Aucun tour, dans les créneaux de rencontre de ${from} et ${to}, où tous deux sont disponibles et libres avec une table libre`,
    cap: (c, cap) => `${c} a atteint son maximum de ${rencontres(cap)} avec des partenaires plus demandés`,
    fairness: (c, cap) =>
      `${c} a atteint son maximum de ${rencontres(cap)}\u00a0; ses partenaires ont été choisis pour que plus de clusters aient une rencontre`,
    totalValue: (c, cap) => `${c} a atteint son maximum de ${rencontres(cap)} avec des partenaires qui apportent plus au total`,
    tables: (from, to) => `Plus aucun tour où ${from} et ${to} sont libres tous les deux avec une table disponible`,
    tradeOff: 'La laisser de côté permet à plus de clusters de se rencontrer ou apporte plus au total',
    searchLimit: 'La recherche ne l’a pas atteinte dans le temps imparti',
  },
};
