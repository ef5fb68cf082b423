/**
 * The widget bundle's entry: defines <sbk-answer>. A page that loads the script twice (two embeds,
 * two versions) keeps the first definition instead of throwing.
 */
import { SbkAnswer } from './sbk-answer.ts'

if (!customElements.get('sbk-answer')) customElements.define('sbk-answer', SbkAnswer)

export { SbkAnswer }
