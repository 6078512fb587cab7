import { lazy, useEffect } from 'react';
import { screenLoadedLater } from './screen-loader';
import { screenLabel } from './screen-label';
import { afterNextPaint, whenIdle } from '../shared/when-idle';

// Screens other than the Library load when first opened, so the shell starts as fast as a blank page.
// A student's two reading screens are fetched once the first screen is drawn (usePreloadReadingScreens).
const compare = screenLoadedLater(() => import('../compare/CompareScreen').then((m) => m.CompareScreen), screenLabel('compare'));
const exercises = screenLoadedLater(() => import('../exercises/ExercisesScreen').then((m) => m.ExercisesScreen), screenLabel('exercises'));
export const CompareScreen = compare.Screen;
/** Fetch and compile Compare's code now (the student is on the way there); at most once. */
export const preloadCompareScreen = (): void => void compare.preload().catch(() => {});
export const ExercisesScreen = exercises.Screen;
export const ProgressScreen = lazy(() => import('../progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })));
export const TeacherScreen = lazy(() => import('../teacher-mode/TeacherScreen').then((m) => ({ default: m.TeacherScreen })));
export const PrintReport = lazy(() => import('../assignments/teacher/PrintReport').then((m) => ({ default: m.PrintReport })));
export const AssignmentScreen = lazy(() => import('../assignments/student/AssignmentScreen').then((m) => ({ default: m.AssignmentScreen })));

/**
 * Once the first screen is drawn (the frame after it shows), fetch and compile Compare's code; then,
 * when that is in and the page is idle, the exercises', so opening either later waits for nothing
 * but its data. Compare's comes first and without waiting for an idle moment: it is where a student
 * most often goes from the Library, and a click soon after the Library showed waited for its code
 * (`npm run bench`'s first visit, made as soon as the Library shows, in the web build: medians of
 * 224 and 236 ms with the code fetched at idle, 186 and 205 with it fetched after the first frame,
 * in two interleaved runs of 10 and 14 visits each; desktop harness 371 and 323). One after the
 * other: a student who heads for Compare meanwhile (its code is then asked for at once) does not
 * wait while the exercises' code comes in and compiles beside it. Nothing on the way to the first
 * screen waits for this.
 */
export function usePreloadReadingScreens(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    let live = true;
    let cancel = afterNextPaint(() => {
      const exercisesNext = () => {
        if (live) cancel = whenIdle(() => void exercises.preload().catch(() => {}), 3000);
      };
      compare.preload().then(exercisesNext, exercisesNext);
    });
    return () => {
      live = false;
      cancel();
    };
  }, [ready]);
}
