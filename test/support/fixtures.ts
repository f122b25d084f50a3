/** The French fixtures of `fixtures/`, read for the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventFile } from '../../solver/model/types';

export const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');

/** The path of a fixture file. */
export const fixturePath = (name: string): string => join(FIXTURES_DIR, name);

/** A fixture event, parsed afresh (callers may change it). */
export const readFixture = (name: string): EventFile => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as EventFile;

/** The names of the valid event fixtures (every one but `invalide.json`). */
export const validFixtures = (): string[] => readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json') && f !== 'invalide.json');
