import { mailDomain, messageIdFor } from '../../src/email/message-id';

const job = { eventId: 'rencontres-loire-2016', clusterId: 'viameca', kind: 'notice' as const, batch: 'publication 3' };

describe('messageIdFor', () => {
  it('gives the same id to the same job and another to another batch, cluster or kind', () => {
    const id = messageIdFor(job, 'maillage <no-reply@rdv.example.org>');
    expect(messageIdFor({ ...job }, 'maillage <no-reply@rdv.example.org>')).toBe(id);
    expect(messageIdFor({ ...job, batch: 'publication 4' }, 'x@rdv.example.org')).not.toBe(id);
    expect(messageIdFor({ ...job, clusterId: 'mecaloire' }, 'x@rdv.example.org')).not.toBe(id);
    expect(messageIdFor({ ...job, kind: 'reminder' }, 'x@rdv.example.org')).not.toBe(id);
  });

  it('is made of safe characters at the domain of MAIL_FROM, whatever the ids and batch hold', () => {
    const id = messageIdFor({ ...job, clusterId: 'a>b\r\n<c', batch: 'é"<>@ \t' }, 'Rencontres <rdv@Rdv.Example.org>');
    expect(id).toMatch(/^<maillage\.notice\.[0-9a-f]{40}@rdv\.example\.org>$/);
  });

  it('falls back to localhost when MAIL_FROM has no usable domain', () => {
    expect(mailDomain('no-reply')).toBe('localhost');
    expect(mailDomain('x <a@bad_domain!>')).toBe('localhost');
    expect(mailDomain('a@example.org')).toBe('example.org');
  });
});
