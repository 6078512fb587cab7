/**
 * Mapping between DOM positions in rendered article text and block offsets. Text that belongs to
 * the article sits in spans carrying data-offset (see ArticleText); labels added for screen readers
 * do not, and are skipped.
 */
function pointToOffset(blockEl: Element, node: Node, offset: number): number | null {
  // Normalise an element point to the text node at or after it.
  let target: Node | null = node;
  let within = offset;
  if (node.nodeType !== Node.TEXT_NODE) {
    const child = node.childNodes[offset] ?? null;
    target = child;
    within = 0;
    if (!child) {
      target = node;
      within = -1; // end of the element
    }
  }
  const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
  let last: number | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const span = t.parentElement?.closest('[data-offset]');
    if (!span || !blockEl.contains(span)) continue;
    const base = Number(span.getAttribute('data-offset'));
    if (target && (t === target || (target.nodeType !== Node.TEXT_NODE && within === 0 && target.contains(t)))) {
      return base + (t === target ? within : 0);
    }
    if (target && within === -1 && target.contains(t)) {
      last = base + (t.textContent?.length ?? 0);
      continue;
    }
    if (target && target.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && target.nodeType !== Node.TEXT_NODE && within === 0) {
      return base;
    }
    last = base + (t.textContent?.length ?? 0);
    if (target && target.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) return base;
  }
  return last;
}

/** The block and offsets of the browser's current selection inside a container, or null. */
export function selectionInBlock(container: Element): { block: string; start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const startBlock = (range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : (range.startContainer as Element))?.closest('[data-block]');
  const endBlock = (range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.parentElement : (range.endContainer as Element))?.closest('[data-block]');
  if (!startBlock || !container.contains(startBlock)) return null;
  const block = startBlock.getAttribute('data-block');
  if (!block) return null;
  const start = pointToOffset(startBlock, range.startContainer, range.startOffset);
  // A drag that runs into the next paragraph keeps to the first one.
  const end = endBlock === startBlock ? pointToOffset(startBlock, range.endContainer, range.endOffset) : (startBlock.textContent?.length ?? null);
  if (start === null || end === null || end <= start) return null;
  return { block, start, end };
}
