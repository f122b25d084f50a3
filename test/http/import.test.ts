/** POST /api/events/import and its template: an event from a spreadsheet of clusters. */
import request from 'supertest';
import { detail, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('import');
});
afterAll(() => h.stop());

const BOM = '\uFEFF';
const HEADER = 'id;name;region;sector;offers;seeks;contact_name;contact_email;lang';

/** The settings of an afternoon in Lyon, as the console sends them. */
const settingsOf = (id: string) => ({
  id,
  name: 'Journée Interclustering Auvergne – Rhône-Alpes',
  timezone: 'Europe/Paris',
  location: 'Hôtel de Région, Lyon',
  sessions: [{ date: '2025-09-11', start: '14:00', end: '17:00' }],
  meetingMinutes: 20,
  changeoverMinutes: 5,
  tables: 10,
  maxMeetingsPerCluster: 3,
  objective: 'fair',
});

/** A sheet as Excel saves it in a French locale: BOM, `;`, CRLF. */
const excelSheet = (...rows: string[]) => `${BOM}${[HEADER, ...rows].join('\r\n')}\r\n`;

const SHEET = excelSheet(
  'mont-blanc-industries;Mont-Blanc Industries;Rhône-Alpes;mécatronique et décolletage;mécatronique, métrologie, usinage;big data | fabrication additive;Directeur;directeur.mont-blanc-industries@example.org',
  "axelera;Axelera;Rhône-Alpes;chimie-environnement;chimie verte, recyclage, traitement de l'eau;capteurs, production végétale;Directeur;directeur.axelera@example.org",
  'minalogic;Minalogic;Rhône-Alpes;"numérique; micro et nanotechnologies";capteurs, systèmes embarqués;santé numérique;;',
);

const importJson = (body: unknown) => h.organizer.post('/api/events/import').send(body as object);
const importCsv = (csv: string | Buffer, query: Record<string, string>, type = 'text/csv') =>
  h.organizer.post('/api/events/import').query(query).set('Content-Type', type).send(csv);

/** A sheet whose line 7 is `row`, after a blank line and a cell on two lines, so that row indexes and line numbers differ. */
const sheetWithLine7 = (row: string) =>
  [
    HEADER, // 1
    'thesame;Thésame;Rhône-Alpes;mécatronique;mécatronique;intelligence artificielle;;', // 2
    '', // 3
    'axelera;Axelera;Rhône-Alpes;chimie;"chimie verte,', // 4
    'recyclage";capteurs;;', // 5
    'tenerrdis;Tenerrdis;Rhône-Alpes;énergie;efficacité énergétique;capteurs;;', // 6
    row, // 7
  ].join('\n');

describe('POST /api/events/import', () => {
  it('creates the event from the sheet: 201 with the Location and the links of POST /api/events', async () => {
    const res = await importJson({ csv: SHEET, settings: settingsOf('imported') });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/events/imported');
    expect(Object.keys(res.body).sort()).toEqual(['clusters', 'id']);
    expect(res.body.id).toBe('imported');
    expect(res.body.clusters.map((c: { id: string }) => c.id)).toEqual(['mont-blanc-industries', 'axelera', 'minalogic']);
    for (const c of res.body.clusters) {
      expect(Object.keys(c).sort()).toEqual(['id', 'name', 'token', 'url']);
      expect(c.url).toBe(`http://maillage.test/e/imported/c/${c.id}?token=${c.token}`);
    }
  });

  it('stores clusters that match the sheet, cell by cell', async () => {
    await importJson({ csv: SHEET, settings: settingsOf('matching') }).expect(201);
    const stored = await h.organizer.get('/api/events/matching').expect(200);
    expect(stored.body.event).toEqual(settingsOf('matching'));
    expect(stored.body.clusters).toEqual([
      {
        id: 'mont-blanc-industries',
        name: 'Mont-Blanc Industries',
        region: 'Rhône-Alpes',
        sector: 'mécatronique et décolletage',
        offers: ['mécatronique', 'métrologie', 'usinage'],
        seeks: ['big data', 'fabrication additive'],
        attendees: [{ name: 'Directeur', email: 'directeur.mont-blanc-industries@example.org' }],
      },
      {
        id: 'axelera',
        name: 'Axelera',
        region: 'Rhône-Alpes',
        sector: 'chimie-environnement',
        offers: ['chimie verte', 'recyclage', "traitement de l'eau"],
        seeks: ['capteurs', 'production végétale'],
        attendees: [{ name: 'Directeur', email: 'directeur.axelera@example.org' }],
      },
      {
        id: 'minalogic',
        name: 'Minalogic',
        region: 'Rhône-Alpes',
        sector: 'numérique; micro et nanotechnologies',
        offers: ['capteurs', 'systèmes embarqués'],
        seeks: ['santé numérique'],
      },
    ]);
  });

  it('takes a text/csv body with the settings as JSON in the query', async () => {
    const res = await importCsv(SHEET, { settings: JSON.stringify(settingsOf('csv-body')) });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/events/csv-body');
    expect(res.body.clusters).toHaveLength(3);
  });

  it('takes a text/csv body with single query fields for an event of one session', async () => {
    const sheet = 'id,name,offers,seeks\nthesame,Thésame,mécatronique,intelligence artificielle\nminalogic,Minalogic,intelligence artificielle,mécatronique\n';
    const res = await importCsv(sheet, {
      id: 'single-fields',
      name: 'Rencontres Interclusters',
      timezone: 'Europe/Paris',
      location: 'Grenoble',
      date: '2025-10-02',
      start: '09:00',
      end: '12:00',
      meetingMinutes: '20',
      changeoverMinutes: '5',
      tables: '8',
      maxMeetingsPerCluster: '2',
      objective: 'total',
    });
    expect(res.status).toBe(201);
    const stored = await h.organizer.get('/api/events/single-fields').expect(200);
    expect(stored.body.event).toEqual({
      id: 'single-fields',
      name: 'Rencontres Interclusters',
      timezone: 'Europe/Paris',
      location: 'Grenoble',
      sessions: [{ date: '2025-10-02', start: '09:00', end: '12:00' }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: 8,
      maxMeetingsPerCluster: 2,
      objective: 'total',
    });
    expect(stored.body.clusters.map((c: { name: string }) => c.name)).toEqual(['Thésame', 'Minalogic']);
  });

  it('reads a CSV body in the charset its Content-Type names', async () => {
    const latin1 = Buffer.from('id;name\nthesame;Thésame\n', 'latin1');
    await importCsv(latin1, { settings: JSON.stringify(settingsOf('latin1')) }, 'text/csv; charset=windows-1252').expect(201);
    const stored = await h.organizer.get('/api/events/latin1').expect(200);
    expect(stored.body.clusters[0].name).toBe('Thésame');
  });

  it('stores formula-looking cells as plain text', async () => {
    const sheet = excelSheet('piege;"=HYPERLINK(""http://example.org"";""clic"")";+33;@SUM(A1);-1;=1+1;;');
    await importJson({ csv: sheet, settings: settingsOf('formulas') }).expect(201);
    const stored = await h.organizer.get('/api/events/formulas').expect(200);
    expect(stored.body.clusters[0]).toEqual({
      id: 'piege',
      name: '=HYPERLINK("http://example.org";"clic")',
      region: '+33',
      sector: '@SUM(A1)',
      offers: ['-1'],
      seeks: ['=1+1'],
    });
  });

  it('refuses an id that is taken with 409, as POST /api/events', async () => {
    await importJson({ csv: SHEET, settings: settingsOf('taken-import') }).expect(201);
    const res = await importJson({ csv: SHEET, settings: settingsOf('taken-import') });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it('names the line and column of a bad cell: csv.rows[7].offers, with its params', async () => {
    const terms = Array.from({ length: 101 }, (_, i) => `terme ${i + 1}`).join(', ');
    const res = await importJson({ csv: sheetWithLine7(`lutb;LUTB;Rhône-Alpes;mobilité;${terms};capteurs;;`), settings: settingsOf('bad-cell') });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      {
        path: 'csv.rows[7].offers',
        code: 'too_big',
        message: expect.stringMatching(/^line 7, column "offers": /),
        params: { line: 7, column: 'offers', heading: 'offers', max: 100 },
      },
    ]);
    await h.organizer.get('/api/events/bad-cell').expect(404);
  });

  it('names which term of a cell is at fault', async () => {
    const res = await importJson({ csv: sheetWithLine7(`lutb;LUTB;;;logistique, ${'x'.repeat(501)};;;`), settings: settingsOf('bad-term') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      detail('csv.rows[7].offers', 'too_big', 'line 7, column "offers", term 2: is longer than 500 characters'),
    ]);
    expect(res.body.error.details[0].params).toEqual({ max: 500, term: 2, line: 7, column: 'offers', heading: 'offers' });
  });

  it('names the line and column of a bad e-mail address and of an invalid id', async () => {
    const res = await importJson({ csv: sheetWithLine7('lutb transport;LUTB;Rhône-Alpes;mobilité;logistique;capteurs;Chef de projet;pas-une-adresse'), settings: settingsOf('bad-cells') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'csv.rows[7].id', code: 'invalid_id', params: { line: 7, column: 'id', heading: 'id' } }),
      detail('csv.rows[7].contact_email', 'invalid_email', 'line 7, column "contact_email": "pas-une-adresse" is not an e-mail address'),
    ]);
  });

  it('reads the language of a cluster\'s emails from its lang cell, in French or English words', async () => {
    const sheet = excelSheet('axelera;Axelera;;;;;;;Anglais', 'minalogic;Minalogic;;;;;;;français', 'techtera;Techtera;;;;;;;');
    expect((await importJson({ csv: sheet, settings: settingsOf('with-lang') })).status).toBe(201);
    const stored = await h.organizer.get('/api/events/with-lang').expect(200);
    expect(stored.body.clusters.map((c: { lang?: string }) => c.lang)).toEqual(['en', 'fr', undefined]);
  });

  it('names a lang cell that is neither French nor English at its line and column', async () => {
    const res = await importJson({ csv: sheetWithLine7('lutb;LUTB;Rhône-Alpes;mobilité;logistique;capteurs;;;allemand'), settings: settingsOf('bad-lang') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'csv.rows[7].lang', code: 'invalid_value', params: expect.objectContaining({ line: 7, column: 'lang' }) })]);
  });

  it('names an empty required cell at its line', async () => {
    const res = await importJson({ csv: sheetWithLine7(';LUTB;Rhône-Alpes;;;;;'), settings: settingsOf('empty-cell') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'csv.rows[7].id', code: 'missing', params: expect.objectContaining({ line: 7, column: 'id' }) })]);
  });

  it('reports a duplicate id on the line that repeats it, naming the first line', async () => {
    const res = await importJson({ csv: sheetWithLine7('axelera;Axelera bis;;;;;;'), settings: settingsOf('duplicate-id') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      {
        path: 'csv.rows[7].id',
        code: 'duplicate',
        message: 'line 7, column "id": duplicate id "axelera" (also line 4)',
        params: { id: 'axelera', firstLine: 4, line: 7, column: 'id', heading: 'id' },
      },
    ]);
  });

  it('reports a missing column at csv.header, with the column, and nothing for each row', async () => {
    const res = await importJson({ csv: 'nom;offres\nAxelera;chimie verte\nMinalogic;capteurs\n', settings: settingsOf('missing-column') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'csv.header', code: 'missing_column', message: expect.stringMatching(/^line 1, column "id": /), params: { line: 1, column: 'id' } }),
    ]);
  });

  it('reports a bad setting at its settings path', async () => {
    const settings = { ...settingsOf('bad-setting'), sessions: [{ date: '2025-09-11', start: '14:00', end: '13:00' }], meetingMinutes: 'vingt', lunch: true };
    const res = await importJson({ csv: SHEET, settings });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        detail('settings.sessions[0].end', 'end_before_start', 'ends at 13:00, not after its start 14:00'),
        expect.objectContaining({ path: 'settings.meetingMinutes', code: 'invalid_type' }),
        expect.objectContaining({ path: 'settings.lunch', code: 'unknown_field' }),
      ]),
    );
    expect(res.body.error.details).toHaveLength(3);
  });

  it('names the other session of an overlap by its settings path', async () => {
    const sessions = [
      { date: '2025-09-11', start: '09:00', end: '12:00' },
      { date: '2025-09-11', start: '11:00', end: '13:00' },
    ];
    const res = await importJson({ csv: SHEET, settings: { ...settingsOf('overlap'), sessions } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([detail('settings.sessions[1]', 'overlap', 'overlaps settings.sessions[0]')]);
    expect(res.body.error.details[0].params).toEqual({ other: 'settings.sessions[0]' });
  });

  it('reports missing settings as such', async () => {
    const res = await importJson({ csv: SHEET });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'settings', code: 'missing' })]);
  });

  it('reports a bad single query field at its settings path', async () => {
    const res = await importCsv(SHEET, { id: 'bad-query', name: 'Journée', timezone: 'Europe/Paris', date: '2025-09-11', start: '14:00', end: '25:00', meetingMinutes: '20' });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'settings.sessions[0].end', code: 'invalid_time' })]);
  });

  it('reports the problems of the sheet and of the settings at once, the sheet first and in line order', async () => {
    const csv = sheetWithLine7('lutb;;;;;;;pas-une-adresse').replace('thesame;Thésame', 'thesame;');
    const res = await importJson({ csv, settings: { ...settingsOf('all-at-once'), timezone: 'Europe/Lyon' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((p: { path: string }) => p.path)).toEqual(['csv.rows[2].name', 'csv.rows[7].name', 'csv.rows[7].contact_email', 'settings.timezone']);
  });

  it('refuses settings given both as JSON and as single fields with 400', async () => {
    const res = await importCsv(SHEET, { settings: JSON.stringify(settingsOf('both')), tables: '4' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'tables', code: 'unknown_field' })]);
  });

  it('refuses query settings that are not JSON with 400 invalid_json', async () => {
    const res = await importCsv(SHEET, { settings: '{"id": ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'settings', code: 'invalid_json' })]);
  });

  it('reports a malformed quote with its line, as 422 and never 500', async () => {
    const csv = sheetWithLine7('lutb;"LUTB;Rhône-Alpes;;;;;') + '\ncluster-lumiere;Cluster Lumière;;;;;;\n';
    const res = await importJson({ csv, settings: settingsOf('malformed') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      {
        path: 'csv.rows[7]',
        code: 'invalid_csv',
        message: 'line 7, column "name": a quote opened here is never closed',
        params: { line: 7, column: 'name', heading: 'name', reason: 'unclosed_quote' },
      },
    ]);
  });

  it('answers binary garbage and odd sheets with 4xx, never 500', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const bodies: (string | Buffer)[] = [garbage, '"', '""";\n', ';;;;\n"a"b', `${BOM}${BOM}id;name\n`, '\u0000\u0000', 'id;name\n' + 'x'.repeat(200_000)];
    for (const body of bodies) {
      const res = await importCsv(body, { settings: JSON.stringify(settingsOf('garbage')) });
      expect([res.status, res.body.error?.code]).toEqual([expect.any(Number), expect.any(String)]);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('refuses a sheet larger than the body limit with 413', async () => {
    const row = 'cluster;Cluster;Rhône-Alpes;secteur;offre;recherche;;\n';
    const huge = HEADER + '\n' + row.repeat(Math.ceil(h.config.maxBodyBytes / row.length) + 1);
    const csvRes = await importCsv(huge, { settings: JSON.stringify(settingsOf('huge')) });
    expect([csvRes.status, csvRes.body.error.code]).toEqual([413, 'payload_too_large']);
    const jsonRes = await importJson({ csv: huge, settings: settingsOf('huge') });
    expect([jsonRes.status, jsonRes.body.error.code]).toEqual([413, 'payload_too_large']);
  });

  it('reports an empty CSV body as an empty sheet, and an empty request as the API does', async () => {
    const csvRes = await importCsv('', { settings: JSON.stringify(settingsOf('empty')) });
    expect(csvRes.status).toBe(422);
    expect(csvRes.body.error.details).toEqual([detail('csv', 'empty', 'the sheet is empty')]);
    const bare = await h.organizer.post('/api/events/import');
    expect(bare.status).toBe(422);
    expect(bare.body.error.details).toEqual([expect.objectContaining({ path: '(body)' })]);
    const noCsv = await importJson({ settings: settingsOf('empty') });
    expect(noCsv.status).toBe(422);
    expect(noCsv.body.error.details).toEqual([expect.objectContaining({ path: 'csv', code: 'missing' })]);
  });

  it('refuses a body that is neither JSON nor CSV with 415', async () => {
    const res = await importCsv(SHEET, {}, 'text/plain');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('refuses a caller without the organiser token with 401', async () => {
    for (const auth of [undefined, 'Bearer not-the-organiser-token']) {
      const req = request(h.app).post('/api/events/import');
      if (auth) req.set('Authorization', auth);
      const res = await req.send({ csv: SHEET, settings: settingsOf('intruder') });
      expect([res.status, res.body.error.code]).toEqual([401, 'unauthorized']);
    }
    const csvRes = await request(h.app).post('/api/events/import').set('Content-Type', 'text/csv').send(SHEET);
    expect(csvRes.status).toBe(401);
    await h.organizer.get('/api/events/intruder').expect(404);
  });
});

describe('GET /api/events/import/template.csv', () => {
  const download = () =>
    request(h.app)
      .get('/api/events/import/template.csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('is downloadable without a token, as an attachment named clusters.csv', async () => {
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="clusters.csv"');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    const rows = text.trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThanOrEqual(3);
    expect(rows[0]).toMatch(/^mont-blanc-industries;Mont-Blanc Industries;Rhône-Alpes;/);
  });

  it('imports as it is downloaded', async () => {
    const template = (await download()).body as Buffer;
    const res = await importCsv(template, { settings: JSON.stringify(settingsOf('from-template')) });
    expect(res.status).toBe(201);
    const stored = await h.organizer.get('/api/events/from-template').expect(200);
    expect(stored.body.clusters[0]).toEqual({
      id: 'mont-blanc-industries',
      name: 'Mont-Blanc Industries',
      region: 'Rhône-Alpes',
      sector: 'mécatronique et décolletage',
      offers: ['mécatronique', 'métrologie', 'usinage'],
      seeks: ['big data', 'fabrication additive'],
      attendees: [{ name: 'Directeur', email: 'directeur.mont-blanc-industries@example.org' }],
      lang: 'fr',
    });
    expect(stored.body.clusters[2].lang).toBe('en');
    const json = await importJson({ csv: template.toString('utf8'), settings: settingsOf('from-template-json') });
    expect(json.status).toBe(201);
  });
});
