import type { AnswerCheck } from './answer-check.js';

/** A colon or, the Swedish way ("kl. 9.30"), a full stop between hours and minutes. */
const typed = /^(\d{1,2})[:.](\d{2})$/;

/** Reads a 24-hour wall-clock time and stores it as `HH:MM`. */
export function readTime(text: string): AnswerCheck {
  const match = typed.exec(text);
  const [hours, minutes] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || hours > 23 || minutes > 59) return { error: 'shell.timeInvalid' };
  return { value: `${String(hours).padStart(2, '0')}:${match[2]}` };
}
