import type { ReportWords } from '../report-words';

const rating = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const reportFr: ReportWords = {
  title: "Bilan de l'événement",
  loading: 'Chargement du bilan…',
  notFound: 'Pas de bilan\u00a0: cet événement n’existe pas, ou son planning n’est pas encore publié.',
  figuresTitle: 'En chiffres',
  planned: 'Rendez-vous prévus',
  held: 'Rendez-vous tenus',
  noShows: 'Absences',
  followUps: 'Suites prévues',
  followUpsValue: (yes, maybe) => (maybe ? `${yes} (et ${maybe} «\u00a0peut-être\u00a0»)` : String(yes)),
  averageRating: 'Note moyenne',
  ratingValue: (r) => (r === null ? '—' : `${rating.format(r)} / 5`),
  answers: 'Retours reçus',
  answersValue: (received, expected) => `${received} sur ${expected}`,
  bySectorTitle: 'Par paire de secteurs',
  byRegionTitle: 'Par paire de régions',
  pair: 'Paire',
  plannedColumn: 'Prévus',
  heldColumn: 'Tenus',
  followUpsColumn: 'Suites prévues',
  pairName: (a, b) => `${a} × ${b}`,
  notGiven: 'Non renseigné',
  noPairs: 'Aucun rendez-vous prévu.',
  chartTitle: 'Carte des rendez-vous',
  chartLabel: 'Carte des rendez-vous tenus par paire de secteurs',
  chartHint: 'Plus une case est foncée, plus il y a eu de rendez-vous tenus entre ces deux secteurs\u00a0; le chiffre du bas compte les suites prévues.',
  cellTitle: (a, b, held, follow) =>
    `${a} × ${b}\u00a0: ${held <= 1 ? `${held} tenu` : `${held} tenus`}, ${follow <= 1 ? `${follow} suite prévue` : `${follow} suites prévues`}`,
  downloadTitle: 'Télécharger',
  downloadCsv: 'Télécharger le bilan (CSV)',
  downloadFailed: 'Le bilan n’a pas pu être téléchargé. Réessayez.',
  askTitle: 'Retours des clusters',
  askHint: 'Envoie un courriel aux clusters qui ont eu des rendez-vous et n’ont pas encore répondu.',
  ask: 'Demander les retours',
  asking: 'Envoi des demandes…',
  asked: (queued, unreachable) =>
    [
      queued === 0 ? 'Aucune demande à envoyer.' : queued === 1 ? '1 demande de retours envoyée.' : `${queued} demandes de retours envoyées.`,
      unreachable === 0 ? '' : unreachable === 1 ? '1 cluster sans adresse courriel.' : `${unreachable} clusters sans adresse courriel.`,
    ]
      .filter(Boolean)
      .join(' '),
  askFailed: 'Les demandes n’ont pas pu être envoyées. Réessayez.',
};
