import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ schools: ['alsop-high'] });

/** A draft the school's policy is about: it names a teacher and accuses him as fact. */
const PROBLEM = 'Mr Hughes at Alsop is a liar and he covered up the bullying.';
const CLEAN_START = 'Lovely sunny afternoon at the beach with the kids. ';
const CLEAN = 'Does anyone know a good place for fish and chips near the pier?';

const COMPOSERS = [
  { site: 'Facebook feed (Lexical)', page: '/facebook.html', box: 'composer' },
  { site: 'X (Draft.js)', page: '/x.html', box: 'composer' },
  { site: 'WhatsApp (Lexical)', page: '/whatsapp.html', box: 'message' },
  { site: 'forum (textarea)', page: '/forum.html', box: 'message' },
];

function nudge(scope: Page | Frame): Locator {
  return scope.locator('before-you-post');
}

async function typeInto(scope: Page | Frame, box: string, text: string) {
  await scope.locator(`[data-demo-box="${box}"]`).click();
  await ('page' in scope ? scope.page() : scope).keyboard.type(text);
}

const modelText = (scope: Page | Frame, box: string) => scope.evaluate((b) => window.demo.text(b), box);

for (const { site, page: path, box } of COMPOSERS) {
  test.describe(site, () => {
    test('a draft that should pause shows the nudge; deleting the problem clears it', async ({ context, background }) => {
      void background;
      const page = await context.newPage();
      await page.goto(path);
      await typeInto(page, box, CLEAN_START + PROBLEM);
      await expect(nudge(page)).toHaveAttribute('data-level', /caution|serious/);
      await expect(nudge(page)).toHaveAttribute('data-categories', /\ballegation\b/);
      await expect(nudge(page).getByRole('button', { name: 'Before you post' })).toBeVisible();
      // The badge sits just below the box, or above one at the foot of the window: never over the draft.
      const badge = (await nudge(page).getByRole('button', { name: 'Before you post' }).boundingBox())!;
      const editor = (await page.locator(`[data-demo-box="${box}"]`).boundingBox())!;
      expect(badge.y >= editor.y + editor.height - 1 || badge.y + badge.height <= editor.y + 1, `badge ${JSON.stringify(badge)} over box ${JSON.stringify(editor)}`).toBe(true);

      for (let i = 0; i < PROBLEM.length; i++) await page.keyboard.press('Backspace');
      await expect(nudge(page)).toHaveAttribute('data-level', 'clear');
      await expect(nudge(page).getByRole('button', { name: 'Before you post' })).toHaveCount(0);
      expect(await modelText(page, box)).toBe(CLEAN_START);
    });

    test('a clean draft shows nothing', async ({ context, background }) => {
      void background;
      const page = await context.newPage();
      await page.goto(path);
      await typeInto(page, box, CLEAN);
      // data-chars says the whole draft has been read, so "clear" is a reading, not a default.
      await expect(nudge(page)).toHaveAttribute('data-chars', String(CLEAN.length));
      await expect(nudge(page)).toHaveAttribute('data-level', 'clear');
      await expect(nudge(page).getByRole('button', { name: 'Before you post' })).toHaveCount(0);
    });

    test("the editor's own model holds exactly what was typed, the caret stays, and undo works", async ({
      context,
      background,
    }) => {
      void background;
      const page = await context.newPage();
      await page.goto(path);
      const typed = CLEAN_START + PROBLEM;
      await typeInto(page, box, typed);
      await expect(nudge(page)).toHaveAttribute('data-level', /caution|serious/);
      expect(await modelText(page, box)).toBe(typed);
      expect(await page.evaluate((b) => window.demo.selection(b), box)).toEqual({ anchor: typed.length, focus: typed.length });
      await page.keyboard.press('Control+z');
      await expect.poll(() => modelText(page, box)).not.toBe(typed);
    });
  });
}

test('boxes added after load, a dialog and two boxes on one page are each followed', async ({ context, background }) => {
  void background;
  const page = await context.newPage();
  await page.goto('/facebook.html');
  await typeInto(page, 'composer', PROBLEM);
  await expect(nudge(page)).toHaveAttribute('data-categories', /\ballegation\b/);

  // The comment box appears 1.5 s after load.
  await typeInto(page, 'comment', CLEAN);
  await expect(nudge(page)).toHaveAttribute('data-level', 'clear');
  await typeInto(page, 'composer', ' ');
  await expect(nudge(page)).toHaveAttribute('data-categories', /\ballegation\b/);

  await page.getByRole('button', { name: 'Open composer dialog' }).click();
  await typeInto(page, 'dialog', PROBLEM);
  await expect(nudge(page)).toHaveAttribute('data-categories', /\ballegation\b/);
  expect(await modelText(page, 'dialog')).toBe(PROBLEM);
});

test('a box in a same-origin iframe is followed', async ({ context, background }) => {
  void background;
  const page = await context.newPage();
  await page.goto('/forum.html');
  const frame = page.frames().find((f) => f.url().endsWith('/iframe-box.html'));
  expect(frame, 'the forum page embeds iframe-box.html').toBeDefined();
  await typeInto(frame!, 'comment', PROBLEM);
  await expect(nudge(frame!)).toHaveAttribute('data-categories', /\ballegation\b/);
  expect(await modelText(frame!, 'comment')).toBe(PROBLEM);
});

test('the page makes no request that the demo page itself did not make', async ({ context, background }) => {
  void background;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto('/facebook.html');
  await typeInto(page, 'composer', PROBLEM);
  await expect(nudge(page)).toHaveAttribute('data-level', /caution|serious/);
  await nudge(page).getByRole('button', { name: 'Before you post' }).click();
  await expect(nudge(page).getByRole('dialog')).toBeVisible();
  const foreign = requests.filter((url) => !/^(http:\/\/(localhost|127\.0\.0\.1):5178\/|chrome-extension:|data:)/.test(url));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test('a huge paste is read without changing a character, and typing goes on', async ({ context, background }) => {
  void background;
  const page = await context.newPage();
  await page.goto('/forum.html');
  // About 60 KB of varied text with the problem buried in the middle, and odd Unicode around it.
  const filler = Array.from({ length: 500 }, (_, i) => `Line ${i}: sunny day at the beach, café ☕ and 🏖️ with the kids.\u200b`).join('\n');
  const big = `${filler}\n${PROBLEM}\n${filler}`;
  await page.locator('[data-demo-box="message"]').click();
  await page.keyboard.insertText(big);
  await page.keyboard.type(' ok');
  await expect(page.locator('before-you-post')).toHaveAttribute('data-chars', String(big.length + 3), { timeout: 20_000 });
  await expect(page.locator('before-you-post')).toHaveAttribute('data-categories', /\ballegation\b/);
  expect(await modelText(page, 'message')).toBe(`${big} ok`);
});

test('the nudge works from the keyboard and leaves the draft alone', async ({ context, background }) => {
  void background;
  const page = await context.newPage();
  await page.goto('/x.html');
  await typeInto(page, 'composer', PROBLEM);
  const badge = nudge(page).getByRole('button', { name: 'Before you post' });
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await expect(nudge(page).getByRole('heading', { name: 'Would it be better to talk to someone?' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nudge(page).getByRole('dialog')).toHaveCount(0);
  await expect(badge).toBeFocused();

  await page.keyboard.press('Enter');
  await nudge(page).getByRole('button', { name: "This isn't about school" }).click();
  await expect(badge).toHaveCount(0);
  expect(await modelText(page, 'composer')).toBe(PROBLEM);
});
