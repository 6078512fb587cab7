/** The file names inside an article-set folder. */
export const SET_FILE = 'set.json';
export const EXERCISES_FILE = 'exercises.json';
