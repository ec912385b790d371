/**
 * The label next to the pointer while an association gesture is held (a chip dragged onto a
 * shape, a subnet dragged onto a chip): what letting go would do ("Associate App A with Public
 * routes", "Add route 0.0.0.0/0 → igw1"), or why it would be refused, in the editor's own words
 * (the same message the drop performs or refuses with). One element on the document body,
 * positioned in screen pixels, so it stays above every node whatever is being dragged.
 */
import type { Message } from '../../shared/edit/index';
import { translateMessage } from '../../shared/edit/index';
import type { Translate } from '../../shared/i18n/index';
import './dropHint.css';

const ID = 'drop-hint';

export interface DropAnswer {
  message: Message;
  refused: boolean;
}

/** Shows (or moves) the hint at screen point (x, y); `answer` undefined hides it. */
export function showDropHint(t: Translate, x: number, y: number, answer: DropAnswer | undefined): void {
  if (!answer) {
    hideDropHint();
    return;
  }
  let hint = document.getElementById(ID);
  if (!hint) {
    hint = document.createElement('div');
    hint.id = ID;
    hint.className = 'drop-hint';
    hint.setAttribute('data-testid', 'drop-hint');
    hint.setAttribute('role', 'status');
    document.body.appendChild(hint);
  }
  const text = translateMessage(t, answer.message);
  const line = answer.refused ? t('diagram.preview.refused', { reason: text }) : text;
  hint.replaceChildren(
    line,
    Object.assign(document.createElement('small'), { textContent: t('chips.hint.escape') }),
  );
  hint.classList.toggle('refused', answer.refused);
  hint.style.transform = `translate(${x + 16}px, ${y + 22}px)`;
}

export function hideDropHint(): void {
  document.getElementById(ID)?.remove();
}
