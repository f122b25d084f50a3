/** A French interclustering afternoon, for the tests of the re-planning on the day. */
import type { EventFile } from '../../../solver/model/types';

export const DAY = '2026-11-19';

/** 15:00 on the day: rounds 1–3 (14:00, 14:25, 14:50) have started, rounds 4–7 (15:15…16:40) have not. */
export const AT_THREE = '2026-11-19T15:00:00+01:00';

const NAMES = ['Minalogic', 'Tenerrdis', 'Axelera', 'Lyonbiopôle', 'Imaginove', 'Techtera', 'Cluster Lumière', 'Plastipolis', 'Viaméca', 'Mont-Blanc Industries'];
const TERMS = ['énergie', 'robotique', 'matériaux', 'santé', 'numérique', 'textile'];

/**
 * 14:00–17:00 Europe/Paris, 20-minute meetings with 5 minutes between them
 * (7 rounds), ten clusters, three tables, cap 3, wishes and competences.
 */
export function afternoon(): EventFile {
  const ids = ['mina', 'tene', 'axel', 'lyon', 'imag', 'tech', 'lumi', 'plas', 'viam', 'mont'];
  return {
    event: {
      id: 'interclustering-aura-2026',
      name: 'Interclustering Auvergne-Rhône-Alpes',
      timezone: 'Europe/Paris',
      location: 'Lyon, Hôtel de Région',
      sessions: [{ date: DAY, start: '14:00', end: '17:00' }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tables: 3,
      maxMeetingsPerCluster: 3,
    },
    clusters: ids.map((id, i) => ({
      id,
      name: NAMES[i],
      offers: [TERMS[i % TERMS.length]],
      seeks: [TERMS[(i + 2) % TERMS.length]],
    })),
    requests: [
      { from: 'mina', to: 'tene', priority: 1 },
      { from: 'mina', to: 'axel', priority: 2 },
      { from: 'tene', to: 'lyon', priority: 1 },
      { from: 'axel', to: 'imag', priority: 3 },
      { from: 'lyon', to: 'mina', priority: 2 },
      { from: 'imag', to: 'tech' },
      { from: 'tech', to: 'lumi', priority: 1 },
      { from: 'lumi', to: 'plas', priority: 2 },
      { from: 'plas', to: 'viam', priority: 1 },
      { from: 'viam', to: 'mont', priority: 2 },
      { from: 'mont', to: 'mina', priority: 1 },
      { from: 'tene', to: 'tech', priority: 4 },
      { from: 'axel', to: 'lumi', priority: 2 },
      { from: 'lyon', to: 'plas', priority: 3 },
    ],
  };
}
