/** A dataset problem in the reader's language; the English words stay on the problem for the CLI and other tools. */
import { word } from '../data/problemWords';
import type { Problem } from '../data/types';
import type { CoreMessages } from './en';

export const problemMessage = (p: Problem, t: CoreMessages): string => (p.said ? word(p.said, t.problems) : p.message);
export const problemWhere = (p: Problem, t: CoreMessages): string => (p.place ? word(p.place, t.problems) : p.where);
