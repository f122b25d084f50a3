/**
 * Reading an input that has not been validated yet: what the cross-field
 * checks and the limits need, whatever the shape turns out to be.
 */

/** An object of unknown fields. */
export type Raw = Record<string, unknown>;

/** A plain object (not null, not a list). */
export const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list, or none when it is not one. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Text, or `undefined` when it is not text. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
