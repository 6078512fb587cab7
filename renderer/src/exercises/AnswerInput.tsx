import type { Article } from '../../../content/schema/article-set';
import type { Answer, Exercise } from '../../../content/schema/exercise';
import type { Grade } from '../../../content/logic/grading';
import type { TextMark } from '../compare/ArticleText';
import { ChoiceInput, CompareInput } from './inputs/ChoiceInput';
import { ClassifyInput } from './inputs/ClassifyInput';
import { FindInput } from './inputs/FindInput';
import { MatchInput } from './inputs/MatchInput';
import { OrderInput } from './inputs/OrderInput';
import { WrittenInput } from './inputs/WrittenInput';

interface Props {
  exercise: Exercise;
  answer: Answer;
  onChange: (answer: Answer) => void;
  articles: Map<string, Article>;
  locked: boolean;
  /** The grade drawn beside the answer (null in an assessment: a saved answer is drawn as "your answer"). */
  grade: Grade | null;
  /** The key, when it is shown. */
  revealed: Answer | null;
  /** The explanation's words, drawn in "find in the text" (other exercises show them in the articles beside). */
  marks: TextMark[];
  compareMultiple?: boolean;
  written: { locked: boolean; submitted: boolean };
}

/** The input for the exercise's type: the answer and the key typed alike. */
export function AnswerInput({ exercise, answer, onChange, articles, locked, grade, revealed, marks, compareMultiple, written }: Props) {
  const inputProps = { locked, grade, articles, onChange };
  switch (exercise.type) {
    case 'find':
      return (
        <FindInput
          {...inputProps}
          exercise={exercise}
          answer={answer as Extract<Answer, { type: 'find' }>}
          revealed={revealed as Extract<Answer, { type: 'find' }> | null}
          extraMarks={marks.filter((m) => m.id.startsWith(`${exercise.article}:`))}
        />
      );
    case 'choice':
      return <ChoiceInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'choice' }>} revealed={revealed as Extract<Answer, { type: 'choice' }> | null} />;
    case 'compare':
      return (
        <CompareInput
          {...inputProps}
          exercise={exercise}
          multiple={compareMultiple}
          answer={answer as Extract<Answer, { type: 'compare' }>}
          revealed={revealed as Extract<Answer, { type: 'compare' }> | null}
        />
      );
    case 'classify':
      return <ClassifyInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'classify' }>} revealed={revealed as Extract<Answer, { type: 'classify' }> | null} />;
    case 'match':
      return <MatchInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'match' }>} revealed={revealed as Extract<Answer, { type: 'match' }> | null} />;
    case 'order':
      return <OrderInput {...inputProps} exercise={exercise} answer={answer as Extract<Answer, { type: 'order' }>} revealed={revealed as Extract<Answer, { type: 'order' }> | null} />;
    case 'written':
      return (
        <WrittenInput
          {...inputProps}
          locked={written.locked}
          exercise={exercise}
          answer={answer as Extract<Answer, { type: 'written' }>}
          revealed={null}
          submitted={written.submitted}
        />
      );
  }
}
