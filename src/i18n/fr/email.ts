import type { EmailWords } from '../email-words';

const nbsp = '\u00a0';
/** « Rencontres Loire » */
const quoted = (name: string) => `«${nbsp}${name}${nbsp}»`;

export const emailFr: EmailWords = {
  htmlLang: 'fr',
  greeting: 'Bonjour,',
  signOff: 'Bien cordialement,',
  invitationSubject: (e) => `${e}${nbsp}: choisissez vos rendez-vous`,
  reminderSubject: (e) => `Rappel — ${e}${nbsp}: vos souhaits de rendez-vous`,
  feedbackSubject: (e) => `${e}${nbsp}: comment se sont passés vos rendez-vous${nbsp}?`,
  noticeSubject: (e) => `${e}${nbsp}: vos rendez-vous`,
  invitationIntro: (c, e) => `${c} est invité à participer à ${quoted(e)}. Vous pouvez dès maintenant choisir les clusters que vous souhaitez rencontrer.`,
  reminderIntro: (c, e) =>
    `Vous n’avez pas encore indiqué les clusters que ${c} souhaite rencontrer à ${quoted(e)}. Il est encore temps de le faire.`,
  when: 'Quand',
  where: 'Où',
  session: (d, s, e) => `${d}, de ${s} à ${e}`,
  cap: (n) => `${n} rendez-vous au plus`,
  meetingLength: (m) => `Rendez-vous de ${m} minutes`,
  wishesCall: 'Sur votre page, indiquez les clusters que vous souhaitez rencontrer, par ordre de préférence, et ceux que vous ne souhaitez pas rencontrer.',
  wishesLink: 'Choisir mes rendez-vous',
  privateLink: 'Ce lien vous est personnel : il ouvre votre page sans mot de passe, ne le transmettez pas.',
  feedbackIntro: (c, e) => `Merci d’avoir participé à ${quoted(e)} avec ${c}.`,
  feedbackAsk:
    'Pour chacun de vos rendez-vous, dites-nous s’il a bien eu lieu, si vous comptez lui donner une suite, et la note que vous lui donnez. Cela ne prend que quelques minutes.',
  feedbackLink: 'Donner mon avis',
  noticeIntro: (c, e) => `Le programme des rendez-vous de ${c} à ${quoted(e)} a été publié ou mis à jour.`,
  yourMeetings: 'Vos rendez-vous',
  noMeetings: 'Aucun rendez-vous n’est prévu pour vous.',
  meetingLine: (time, table, partner) => `${time} — ${table} — ${partner}`,
  changes: 'Ce qui a changé',
  moved: (p, from, to) => `Déplacé : ${p}, ${from} → ${to}`,
  added: (p, at) => `Nouveau : ${p}, ${at}`,
  cancelled: (p, at) => `Annulé : ${p}, ${at}`,
  place: (time, table) => `${time}, ${table}`,
  attached: 'Votre agenda est joint à ce message (agenda.ics) : ouvrez-le pour l’ajouter à votre calendrier.',
  subscribe: 'Abonnez votre calendrier à votre agenda pour qu’il suive les prochains changements :',
  subscribeLink: 'S’abonner à mon agenda',
  pageLink: 'Voir ma page',
  meetingDay: 'EEEE d MMMM',
};
