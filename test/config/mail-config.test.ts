import { ConfigError, loadConfig } from '../../src/config/config';

const failure = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig: emails', () => {
  it('writes emails to the outbox without SMTP_URL, from maillage <no-reply@localhost> by default', () => {
    const config = loadConfig({ SMTP_URL: '' });
    expect(config.smtpUrl).toBeUndefined();
    expect(config.mailFrom).toBe('maillage <no-reply@localhost>');
  });

  it('reads an smtp:// or smtps:// SMTP_URL and a MAIL_FROM with or without a name', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://user:secret@mail.example.org:587' }).smtpUrl).toBe('smtp://user:secret@mail.example.org:587');
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.org' }).smtpUrl).toBe('smtps://mail.example.org');
    expect(loadConfig({ MAIL_FROM: 'Rencontres Loire <rdv@example.org>' }).mailFrom).toBe('Rencontres Loire <rdv@example.org>');
    expect(loadConfig({ MAIL_FROM: 'rdv@example.org' }).mailFrom).toBe('rdv@example.org');
  });

  it('names SMTP_URL when it is not an smtp:// or smtps:// URL', () => {
    for (const bad of ['mail.example.org:25', 'http://mail.example.org', 'smtp://']) {
      expect(failure({ SMTP_URL: bad })).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    }
  });

  it('names MAIL_FROM when it is not an address or holds a line break', () => {
    for (const bad of ['maillage', 'maillage <no-reply>', 'x <a@b.org>\r\nBcc: c@d.org']) {
      expect(failure({ MAIL_FROM: bad })).toMatch(/MAIL_FROM: must be an address/);
    }
  });
});
