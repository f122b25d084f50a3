import { queuedText, sentText, unreachableNames } from '../../../src/browser/console/mail-text';
import { namesOf } from '../../../src/browser/text';
import { dictionary } from '../../../src/i18n/dictionary';
import { CLUSTERS } from './sample-schedule';

const fr = dictionary('fr').console;
const en = dictionary('en').console;
const nameOf = namesOf(CLUSTERS);

describe('the clusters’ messages in words', () => {
  it('says how many messages are queued, and names the unreachable clusters', () => {
    expect(queuedText({ queued: 12, unreachable: [] }, nameOf, fr, 'fr')).toBe('12 messages en file d’envoi.');
    expect(queuedText({ queued: 1, unreachable: ['viameca', 'axelera'] }, nameOf, fr, 'fr')).toBe(
      '1 message en file d’envoi. Injoignables (aucune adresse e-mail)\u00a0: Axelera, ViaMéca.',
    );
    expect(queuedText({ queued: 0, unreachable: [] }, nameOf, en, 'en')).toBe('No message to send.');
  });

  it('says when a cluster was invited and reminded on the event’s clock, or « — »', () => {
    const c = { mail: { invitation: '2026-11-02T09:30:00Z' } };
    expect(sentText(c, 'invitation', 'Europe/Paris', fr)).toBe('2 novembre 2026 à 10:30');
    expect(sentText(c, 'reminder', 'Europe/Paris', fr)).toBe('—');
    expect(sentText({}, 'invitation', 'Europe/Paris', en)).toBe('—');
  });

  it('lists the clusters without an attendee’s address by name', () => {
    const clusters = [
      { name: 'ViaMéca', reachable: false },
      { name: 'Axelera', reachable: true },
      { name: 'Minalogic' },
      { name: 'Techtera', reachable: false },
    ];
    expect(unreachableNames(clusters, 'fr')).toEqual(['Techtera', 'ViaMéca']);
  });
});
