import type { CliWords } from '../cli-words';

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const cliFr: CliWords = {
  locale: 'fr',
  objective: { fair: 'équité', total: 'valeur totale' },
  tables: (n) => (n === undefined ? 'tables illimitées' : plural(n, 'table', 'tables')),
  heading: (event, rounds, tables, objective) => `${event} — ${plural(rounds, 'tour', 'tours')}, ${tables}, objectif « ${objective} »`,
  round: (i, day, time, n) => `Tour ${i}  ${day} ${time}  (${plural(n, 'rencontre', 'rencontres')})`,
  value: (v) => `valeur ${v}`,
  locked: '[fixée]',
  clustersWith: (clusters, meetings) => `${clusters} avec ${meetings}`,
  meetingsPerCluster: (parts) => `Rencontres par cluster : ${parts}`,
  withoutMeeting: (names) => `Sans rencontre : ${names}`,
  unmetRequests: (n) => `Demandes non satisfaites (${n}) :`,
  colon: ' : ',
  proven: 'optimum prouvé',
  notProven: (gap) => `optimum non prouvé (au plus ${gap} sous la borne)`,
  totals: (t) =>
    `Valeur ${t.value} / borne supérieure ${t.upperBound} — ${t.proof} ; ` +
    `${t.covered}/${t.clusters} clusters avec au moins une rencontre, ${plural(t.meetings, 'rencontre', 'rencontres')}, ` +
    `${plural(t.idleRounds, 'tour d’attente', 'tours d’attente')}, ${t.solveMs} ms`,
  scheduleWritten: (file) => `Planning écrit dans ${file}`,
  calendarsWritten: (dir, eventFile, n) => `Calendriers écrits dans ${dir} : ${eventFile} et ${plural(n, 'agenda de cluster', 'agendas de clusters')}`,
  csvWritten: (file, n) => `CSV écrit dans ${file} (${plural(n, 'rencontre', 'rencontres')})`,
  organiser: {
    added: (name) => `Compte organisateur « ${name} » créé. Son jeton :`,
    rotated: (name) => `Nouveau jeton du compte « ${name} » (l’ancien ne vaut plus rien) :`,
    revoked: (name) => `Jeton du compte « ${name} » révoqué : il n’ouvre plus rien. Ses événements restent ; « rotate » lui donne un nouveau jeton.`,
    tokenOnce: 'Il ne sera plus affiché : transmettez-le à l’organisateur par un canal sûr.',
    line: (a) =>
      `${a.name}  ${a.revoked ? 'révoqué' : 'actif'}  ${plural(a.events, 'événement', 'événements')}  créé ${a.createdAt}` +
      (a.rotatedAt ? `, jeton renouvelé ${a.rotatedAt}` : ''),
    none: 'Aucun compte organisateur (seul ORGANIZER_TOKEN ouvre la console).',
  },
};
