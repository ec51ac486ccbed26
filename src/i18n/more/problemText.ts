/** A dataset problem in the reader's language; the English words stay on the problem for the CLI and other tools. */
import { wordWith } from '../../data/problems';
import type { Problem } from '../../data/types';
import type { Messages } from '../en';

/** `t`: the whole catalogue (the parts that show problems have it), whose `problems` word each code. */
export const problemMessage = (p: Problem, t: Messages): string => (p.said ? wordWith(p.said, t.problems) : p.message);
export const problemWhere = (p: Problem, t: Messages): string => (p.place ? wordWith(p.place, t.problems) : p.where);
