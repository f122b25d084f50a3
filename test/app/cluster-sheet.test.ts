/** The spreadsheet of clusters, read as Excel and LibreOffice write it, with the line of each row. */
import { foldHeading, headerDelimiter, readClusterSheet } from '../../src/app/cluster-sheet';
import { CLUSTER_SHEET_TEMPLATE } from '../../src/app/cluster-sheet-template';

const BOM = '\uFEFF';
const HEADER = 'id;name;region;sector;offers;seeks;contact_name;contact_email;lang';

const lines = (...rows: string[]) => rows.join('\n');
const linesOf = (text: string) => readClusterSheet(text).rows.map((row) => row.line);

describe('reading a sheet of clusters', () => {
  it('reads a sheet separated by semicolons into clusters', () => {
    const sheet = readClusterSheet(
      lines(
        HEADER,
        'axelera;Axelera;Rhône-Alpes;chimie-environnement;chimie verte, recyclage;capteurs;Directeur;directeur.axelera@example.org',
      ),
    );
    expect(sheet.problems).toEqual([]);
    expect(sheet.readable).toBe(true);
    expect(sheet.rows).toEqual([
      {
        line: 2,
        cluster: {
          id: 'axelera',
          name: 'Axelera',
          region: 'Rhône-Alpes',
          sector: 'chimie-environnement',
          offers: ['chimie verte', 'recyclage'],
          seeks: ['capteurs'],
          attendees: [{ name: 'Directeur', email: 'directeur.axelera@example.org' }],
        },
      },
    ]);
  });

  it('reads a sheet separated by commas, with quoted cells holding commas', () => {
    const sheet = readClusterSheet(lines('id,name,offers,seeks', 'minalogic,Minalogic,"capteurs, systèmes embarqués",santé numérique; efficacité énergétique'));
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows[0].cluster).toEqual({
      id: 'minalogic',
      name: 'Minalogic',
      offers: ['capteurs', 'systèmes embarqués'],
      seeks: ['santé numérique', 'efficacité énergétique'],
    });
  });

  it('keeps a semicolon inside a quoted cell of a semicolon sheet as part of the term', () => {
    const sheet = readClusterSheet(lines('id;name;offers', 'a;A;"x;y|z"'));
    expect(sheet.rows[0].cluster.offers).toEqual(['x;y', 'z']);
  });

  it('finds the delimiter from the header line, not from the rows', () => {
    expect(headerDelimiter('id;name;offers\na,b,c,d,e')).toBe(';');
    expect(headerDelimiter('id,name,offers\na;b;c;d;e')).toBe(',');
    expect(headerDelimiter('"a;b",name,offers')).toBe(',');
    expect(headerDelimiter('id\tname\toffers')).toBe('\t');
    expect(headerDelimiter('\n;;\nid,name')).toBe(',');
    expect(headerDelimiter('id')).toBe(';');
  });

  it('drops the byte-order mark and reads CRLF line ends', () => {
    const sheet = readClusterSheet(`${BOM}id;nom\r\nthesame;Thésame\r\naxelera;Axelera\r\n`);
    expect(sheet.problems).toEqual([]);
    expect(sheet.headings.id).toBe('id');
    expect(sheet.rows.map((r) => [r.line, r.cluster.id, r.cluster.name])).toEqual([
      [2, 'thesame', 'Thésame'],
      [3, 'axelera', 'Axelera'],
    ]);
  });

  it('counts the lines of a quoted multi-line cell, so that the rows below keep their line numbers', () => {
    const text = lines('id;name;offers', 'a;A;"chimie verte,', 'recyclage"', 'b;B;capteurs', 'c;"Cluster', 'sur deux lignes";x');
    expect(linesOf(text)).toEqual([2, 4, 5]);
    expect(linesOf(text.replace(/\n/g, '\r\n'))).toEqual([2, 4, 5]);
    expect(readClusterSheet(text).rows[0].cluster.offers).toEqual(['chimie verte', 'recyclage']);
  });

  it('reads a line break inside an offers cell as a separator, and inside a name as a space', () => {
    const sheet = readClusterSheet(lines('id;name;offers', 'c;"Cluster', 'Lumière";"éclairage', 'efficacité énergétique"'));
    expect(sheet.rows[0].cluster).toEqual({ id: 'c', name: 'Cluster Lumière', offers: ['éclairage', 'efficacité énergétique'] });
  });

  it('skips rows whose cells are all empty, and still counts their lines', () => {
    const text = lines('id;name', '', 'a;A', ';', '  ;  ', 'b;B', '');
    expect(linesOf(text)).toEqual([3, 6]);
    expect(readClusterSheet(text).problems).toEqual([]);
  });

  it('takes the first line with content as the header', () => {
    const sheet = readClusterSheet(lines('', ';;', 'id;name', 'a;A'));
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows).toEqual([{ line: 4, cluster: { id: 'a', name: 'A' } }]);
  });

  it('accepts French headings in any case, with or without accents', () => {
    const sheet = readClusterSheet(
      lines('Identifiant;Nom;Région;Secteur;Compétences;Besoins;Nom du contact;E-mail;Remarques', 'lutb;LUTB;Rhône-Alpes;mobilité;logistique;capteurs;Chef de projet;chef-de-projet.lutb@example.org;à rappeler'),
    );
    expect(sheet.problems).toEqual([]);
    expect(sheet.headings).toEqual({
      id: 'Identifiant',
      name: 'Nom',
      region: 'Région',
      sector: 'Secteur',
      offers: 'Compétences',
      seeks: 'Besoins',
      contact_name: 'Nom du contact',
      contact_email: 'E-mail',
    });
    expect(sheet.rows[0].cluster).toEqual({
      id: 'lutb',
      name: 'LUTB',
      region: 'Rhône-Alpes',
      sector: 'mobilité',
      offers: ['logistique'],
      seeks: ['capteurs'],
      attendees: [{ name: 'Chef de projet', email: 'chef-de-projet.lutb@example.org' }],
    });
  });

  it('folds headings: case, accents, spaces, dashes and underscores', () => {
    expect(foldHeading('  Compétences ')).toBe('competences');
    expect(foldHeading('contact_email')).toBe('contact email');
    expect(foldHeading('E-MAIL')).toBe('e mail');
    expect(foldHeading('OFFRES :')).toBe('offres');
  });

  it('splits terms on commas and bars, trims them and drops empty ones', () => {
    const sheet = readClusterSheet(lines('id;name;offers;seeks', 'a;A; big  data |, ,métrologie ,|;'));
    expect(sheet.rows[0].cluster).toEqual({ id: 'a', name: 'A', offers: ['big data', 'métrologie'] });
  });

  it('leaves out the cells left empty, so that the event names what is missing', () => {
    const sheet = readClusterSheet(lines('id;name;region;offers', ';Sans identifiant;;'));
    expect(sheet.rows[0].cluster).toEqual({ name: 'Sans identifiant' });
  });

  it('names an attendee by the e-mail address when the contact has no name', () => {
    const sheet = readClusterSheet(lines('id;name;contact_name;contact_email', 'a;A;;direction@example.org', 'b;B;Déléguée générale;'));
    expect(sheet.rows.map((r) => r.cluster.attendees)).toEqual([[{ name: 'direction@example.org', email: 'direction@example.org' }], [{ name: 'Déléguée générale' }]]);
  });

  it('keeps formula-looking cells as plain text', () => {
    const sheet = readClusterSheet(lines('id;name;sector', 'a;"=HYPERLINK(""http://example.org"";""clic"")";@SUM(1)'));
    expect(sheet.rows[0].cluster).toEqual({ id: 'a', name: '=HYPERLINK("http://example.org";"clic")', sector: '@SUM(1)' });
  });

  it('reads rows shorter or longer than the header', () => {
    const sheet = readClusterSheet(lines('id;name;offers', 'a;A', 'b;B;x;extra;cells'));
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((r) => r.cluster)).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', offers: ['x'] },
    ]);
  });

  it('reports a missing required column on the header line', () => {
    const sheet = readClusterSheet(lines('nom;offres', 'Axelera;chimie verte'));
    expect(sheet.problems).toEqual([
      expect.objectContaining({ path: 'csv.header', code: 'missing_column', params: { line: 1, column: 'id' } }),
    ]);
    expect(sheet.problems[0].message).toMatch(/^line 1, column "id": /);
  });

  it('reports a column given twice under two headings', () => {
    const sheet = readClusterSheet(lines('id;name;Offres;Compétences', 'a;A;x;y'));
    expect(sheet.problems).toEqual([
      {
        path: 'csv.header',
        code: 'duplicate',
        message: 'line 1, column "offers": "Compétences" names the same column as "Offres"',
        params: { line: 1, column: 'offers', heading: 'Compétences', firstHeading: 'Offres' },
      },
    ]);
    expect(sheet.rows[0].cluster.offers).toEqual(['x']);
  });

  it('reports an unclosed quote at the line where its row starts, never throwing', () => {
    const sheet = readClusterSheet(lines('id;name;offers', 'a;A;x', '', 'b;"B;y', 'c;C;z', 'd;D;w'));
    expect(sheet.readable).toBe(false);
    expect(sheet.rows).toEqual([]);
    expect(sheet.problems).toEqual([
      {
        path: 'csv.rows[4]',
        code: 'invalid_csv',
        message: 'line 4, column "name": a quote opened here is never closed',
        params: { line: 4, column: 'name', heading: 'name', reason: 'unclosed_quote' },
      },
    ]);
  });

  it('reports a misplaced quote with its line', () => {
    const sheet = readClusterSheet(lines('id;name', 'a;A', 'b;"B"x'));
    expect(sheet.problems).toEqual([expect.objectContaining({ path: 'csv.rows[3]', code: 'invalid_csv', params: expect.objectContaining({ line: 3, reason: 'misplaced_quote' }) })]);
  });

  it('reports a malformed header as such', () => {
    const sheet = readClusterSheet('"id;name\na;A');
    expect(sheet.problems).toEqual([expect.objectContaining({ path: 'csv.header', code: 'invalid_csv', params: { line: 1, reason: 'unclosed_quote' } })]);
  });

  it('reports an empty sheet', () => {
    for (const text of ['', BOM, '\r\n\r\n', ';;;\n']) {
      expect(readClusterSheet(text)).toEqual({ headings: {}, rows: [], readable: false, problems: [{ path: 'csv', code: 'empty', message: 'the sheet is empty' }] });
    }
  });

  it('reads its own template', () => {
    const sheet = readClusterSheet(CLUSTER_SHEET_TEMPLATE);
    expect(CLUSTER_SHEET_TEMPLATE.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((r) => r.cluster.id)).toEqual(['mont-blanc-industries', 'axelera', 'minalogic']);
    expect(sheet.rows[2].cluster.offers).toEqual(['capteurs', 'systèmes embarqués', 'intelligence artificielle']);
  });
});
