import { tooManySentence, type ProblemWords } from '../problem-words';

export const problemsFr: ProblemWords = {
  invalid_json: () => 'Ce contenu n’est pas du JSON valide.',
  invalid_type: () => 'Cette valeur n’est pas du type attendu.',
  invalid_value: () => 'Cette valeur n’est pas acceptée.',
  invalid_format: () => 'Le format n’est pas le bon.',
  too_small: ({ min }) => (min === undefined ? 'Cette valeur est trop petite.' : `Au moins ${min}.`),
  too_big: ({ max }) => (max === undefined ? 'Cette valeur est trop grande.' : `Au plus ${max}.`),
  not_integer: () => 'Indiquez un nombre entier.',
  unknown_field: () => 'Ce champ n’existe pas.',
  empty: () => 'Ce champ ne doit pas être vide.',
  invalid_id: () => 'Cet identifiant n’est pas valide.',
  invalid_date: () => 'Indiquez une date (AAAA-MM-JJ).',
  invalid_time: () => 'Indiquez une heure (HH:MM).',
  invalid_zone: () => 'Ce fuseau horaire est inconnu.',
  invalid_email: () => 'Cette adresse e-mail n’est pas valide.',
  unreadable_file: () => 'Ce fichier ne peut pas être lu.',
  missing_column: () => 'Cette colonne obligatoire manque à la ligne d’en-tête.',
  invalid_csv: ({ reason }) =>
    reason === 'unclosed_quote'
      ? 'Un guillemet ouvert ici n’est jamais fermé.'
      : reason === 'misplaced_quote'
        ? 'Un guillemet est mal placé\u00a0: une cellule qui contient des guillemets doit être entre guillemets, et ceux de l’intérieur doublés.'
        : 'Cette ligne ne peut pas être lue.',

  unknown_cluster: () => 'Ce cluster ne participe pas à la journée.',
  unknown_table: () => 'Cette table n’existe pas.',
  unknown_round: () => 'Ce tour n’existe pas.',
  duplicate: ({ firstLine, firstHeading }) =>
    firstLine !== undefined
      ? `Figure déjà à la ligne ${firstLine}.`
      : firstHeading !== undefined
        ? `Fait double emploi avec la colonne «\u00a0${firstHeading}\u00a0».`
        : 'Ce choix figure déjà plus haut.',
  self_pair: () => 'Un cluster ne peut pas se choisir lui-même.',

  time_skipped: () => 'Cette heure n’existe pas ce jour-là (passage à l’heure d’été).',
  end_before_start: () => 'L’heure de fin doit suivre l’heure de début.',
  session_too_short: () => 'Trop court pour une rencontre.',
  overlap: () => 'Chevauche un autre créneau.',

  never_meet: () => 'Ces deux clusters ne doivent pas se rencontrer.',
  over_cap: () => 'Plus de rencontres que le maximum permis.',
  no_common_round: ({ meetingWindows }) =>
    meetingWindows === undefined
      ? 'Aucun tour où les deux clusters sont disponibles.'
      : 'Aucun tour, dans leurs créneaux de rencontre, où les deux clusters sont disponibles.',
  unavailable: () => 'Un cluster n’est pas disponible à ce tour.',
  outside_meeting_window: () => 'Ce tour est en dehors des créneaux de rencontre de ces deux clusters.',
  table_taken: () => 'Cette table est déjà prise à ce tour.',
  cluster_busy: () => 'Ce cluster a déjà une rencontre à ce tour.',
  over_tables: () => 'Plus de rencontres que de tables à ce tour.',
  wrong_value: () => 'Cette valeur ne correspond pas aux règles de la journée.',
  no_value: () => 'Une rencontre sans intérêt pour les deux clusters.',
  missing: () => 'Obligatoire, mais absent.',
  mismatch: () => 'Ne correspond pas à ce qui est attendu.',
  not_locked: () => 'Une rencontre fixée par l’organisateur manque ou a changé.',
  infeasible: ({ meetingWindows }) =>
    meetingWindows === undefined
      ? 'Impossible avec les tours, les tables et les maximums de la journée.'
      : 'Impossible avec les tours, les tables, les maximums et les créneaux de rencontre de la journée.',
  timed_out: () => 'Aucun planning trouvé dans le temps imparti, sans preuve qu’il n’en existe pas : essayez avec plus de temps.',

  also_requested: () => 'Ce cluster figure aussi dans vos partenaires souhaités.',
  required_by_organiser: () => 'L’organisateur impose cette rencontre.',
  fixed_by_organiser: () => 'L’organisateur a déjà fixé cette rencontre.',
  too_many: tooManySentence({
    nouns: { clusters: 'clusters', requests: 'demandes', sessions: 'sessions', rounds: 'tours', tables: 'tables', windows: 'créneaux', attendees: 'participants', pairs: 'paires', events: 'événements' },
    partners: 'partenaires',
    locale: 'fr',
    atMost: (max, noun) => `Au plus ${max} ${noun}.`,
    tooMany: (noun) => `Trop de ${noun}.`,
  }),
  conflicts_with_lock: () => 'Incompatible avec une rencontre fixée par l’organisateur.',
};
