/** The organiser console's page as the server renders it: a shell in the reader's language, with no inline script or style. */
import { consolePageHtml } from '../../src/web/console-page';

describe('the console’s page', () => {
  it('is French by default, with a switch to English', () => {
    const html = consolePageHtml({ lang: 'fr', basePath: '' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Console de l’organisateur — maillage</title>');
    expect(html).toContain('<a id="lang-switch" class="lang-switch" href="/?lang=en" hreflang="en" lang="en">English</a>');
    expect(html).toContain('Se déconnecter');
  });

  it('is English with ?lang=en, switching back to French', () => {
    const html = consolePageHtml({ lang: 'en', basePath: '/maillage' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="/maillage/" hreflang="fr" lang="fr">Français</a>');
    expect(html).toContain('<script src="/maillage/assets/console.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/maillage/assets/console.css">');
  });

  it('loads its own bundle, and has no inline script or style for the policy to refuse', () => {
    const html = consolePageHtml({ lang: 'fr', basePath: '' });
    expect(html).not.toMatch(/<script>|<script(?![^>]*(src=|type="application\/json"))|<style|style=|\son\w+=/);
    expect(html).toContain('<script type="application/json" id="console-data">{"lang":"fr","basePath":""}</script>');
  });
});
