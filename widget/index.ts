/** The widget bundle's entry: defines <sbk-answer>. */
export { SbkAnswer } from './sbk-answer.ts'
