import { problemsInEnglish } from '../../src/data/words/problemWords';

// Problems read in English here, as in the CLI: their words are a table of their own (data/problems.ts says why).
problemsInEnglish();
