/**
 * The spreadsheet of clusters to fill in (`GET /api/events/import/template.csv`):
 * the header and three example rows, with a byte-order mark, `;` and CRLF, so
 * that Excel in a French locale opens it in columns with its accents.
 */
import { stringify } from 'csv-stringify/sync';
import { SHEET_COLUMNS } from './cluster-sheet';

const EXAMPLES: readonly (readonly string[])[] = [
  [
    'mont-blanc-industries',
    'Mont-Blanc Industries',
    'Rhône-Alpes',
    'mécatronique et décolletage',
    'mécatronique, métrologie, usinage',
    'big data, fabrication additive',
    'Directeur',
    'directeur.mont-blanc-industries@example.org',
    'fr',
  ],
  [
    'axelera',
    'Axelera',
    'Rhône-Alpes',
    'chimie-environnement',
    "chimie verte, recyclage, traitement de l'eau",
    'capteurs, production végétale',
    'Directeur',
    'directeur.axelera@example.org',
    'fr',
  ],
  [
    'minalogic',
    'Minalogic',
    'Rhône-Alpes',
    'numérique, micro et nanotechnologies',
    'capteurs | systèmes embarqués | intelligence artificielle',
    'santé numérique, efficacité énergétique',
    'Directeur général adjoint',
    'directeur-general-adjoint.minalogic@example.org',
    'en',
  ],
];

/** The template's text, as served. */
export const CLUSTER_SHEET_TEMPLATE: string = stringify([[...SHEET_COLUMNS], ...EXAMPLES.map((row) => [...row])], {
  bom: true,
  delimiter: ';',
  record_delimiter: '\r\n',
});
