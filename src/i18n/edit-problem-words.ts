/**
 * Sentences for the problems of a schedule edited by hand (`PUT
 * …/schedule`) and of the locks. Unlike `ProblemWords`, which sit next to a
 * field, these stand alone in a message, so they name the clusters, the
 * round and the table: their params come with names in place of ids
 * (`cluster`, `a`, `b`, `table`). A code missing here reads with its
 * `ProblemWords` sentence.
 */
import type { ProblemCode } from '../../solver/model/types';
import type { ProblemParams } from './problem-words';

export type EditProblemWords = { readonly [code in ProblemCode]?: (params: ProblemParams) => string };
