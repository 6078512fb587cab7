/** Mouse selection in a find exercise's article, as a student drags across words. */
import type { Page } from '@playwright/test';

/** Drag the mouse across the words `text` inside a block of a find exercise's article. */
export async function dragSelect(page: Page, block: string, text: string) {
  const box = await page.evaluate(
    ([b, t]) => {
      const el = document.querySelector(`.find-text [data-block="${b}"]`)!;
      el.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(t);
        if (i >= 0 && n.parentElement?.closest('[data-offset]')) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const a = r.getBoundingClientRect();
          r.setStart(n, i + t.length - 1);
          r.setEnd(n, i + t.length);
          const z = r.getBoundingClientRect();
          return { x1: a.left + 1, y1: a.top + a.height / 2, x2: z.right - 1, y2: z.top + z.height / 2 };
        }
      }
      return null;
    },
    [block, text] as const,
  );
  if (!box) throw new Error(`"${text}" not found in ${block}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
}
