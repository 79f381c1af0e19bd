import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../shared/search/engine';
import { HAND_MADE_TODAY, handMadeCatalogue } from '../../../shared/search/testing/handMadeCatalogue';
import { createAnswerBoard, takeAnswer, writeAnswer } from './answerBoard';

const engine = createSearchEngine(handMadeCatalogue, { today: HAND_MADE_TODAY as never });

describe('answer board', () => {
  it('hands the page the answer to its request, exactly as the engine gave it', () => {
    const board = createAnswerBoard()!;
    const result = engine.search({ text: 'radar' });
    expect(writeAnswer(board, 7, result)).toBe(true);
    expect(takeAnswer(board, 7, 0)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('gives nothing for another request once the wait is over, and refuses an answer too big for it', () => {
    const board = createAnswerBoard(64)!;
    let clock = 0;
    expect(takeAnswer(board, 3, 5, () => (clock += 1))).toBeUndefined();
    expect(writeAnswer(board, 4, engine.search({ text: 'radar' }))).toBe(false);
    expect(takeAnswer(board, 4, 0)).toBeUndefined();
  });
});
