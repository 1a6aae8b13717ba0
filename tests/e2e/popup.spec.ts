import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const PROBLEM = 'Mr Hughes at Alsop is a liar and he covered up the bullying.';

/** A demo page with a draft typed into its forum textarea, and that tab's id. */
async function draftOnForum(context: BrowserContext, background: Worker, text: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto('/forum.html');
  await page.locator('[data-demo-box="message"]').click();
  await page.keyboard.type(text);
  await expect(page.locator('before-you-post')).toHaveAttribute('data-chars', String(text.length));
  // The tab in front is the demo page (reading tabs by address would need the "tabs" permission).
  await page.bringToFront();
  const tabId = await background.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  return { page, tabId };
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

test.describe('with Alsop High School chosen', () => {
  test.use({ schools: ['alsop-high'] });

  test("the popup shows the tab's draft status and the school's prompts, and follows the complaints route", async ({
    context,
    background,
    extensionId,
  }) => {
    const { tabId } = await draftOnForum(context, background, PROBLEM);
    const popup = await openPopup(context, extensionId, tabId);
    const status = popup.getByRole('region', { name: 'Your draft on this page' });
    await expect(status).toContainText('This draft raises something serious');
    await expect(status.locator('[data-category="allegation"]')).toContainText('Allegations');
    // The draft itself stays hidden until the parent asks for it.
    await expect(popup.getByText(PROBLEM)).toBeHidden();
    await popup.getByText('Show my draft').click();
    await expect(popup.getByText(PROBLEM)).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Alsop High School asks you to consider' })).toBeVisible();

    const [complaints] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Raise it with the school instead' }).click(),
    ]);
    await expect(complaints.getByRole('heading', { level: 1 })).toHaveText('Raising a concern with Alsop High School');
  });

  test('send-to-school copies the draft when the school has no email address', async ({ context, background, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { tabId } = await draftOnForum(context, background, PROBLEM);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('button', { name: 'Send this to the school instead' }).click();
    await expect(popup.getByRole('status')).toContainText('Your draft is copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(PROBLEM);
  });

  test('pausing on a site stops drafts there being read', async ({ context, background, extensionId }) => {
    const { page, tabId } = await draftOnForum(context, background, PROBLEM);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('switch', { name: 'Pause on localhost' }).check();
    await page.bringToFront();
    await page.locator('[data-demo-box="message"]').click();
    await page.keyboard.type(' Again.');
    await expect(page.locator('before-you-post')).toHaveAttribute('data-chars', String(PROBLEM.length + 7));
    await expect(page.locator('before-you-post')).toHaveAttribute('data-level', 'clear');
    await popup.reload();
    await expect(popup.getByText('Paused on this site')).toBeVisible();
  });

  test('only the built-in sites are granted at install', async ({ background }) => {
    const granted = await background.evaluate(() => chrome.permissions.getAll());
    expect(granted.permissions?.sort()).toEqual(['activeTab', 'storage']);
    // The e2e build adds localhost for the demo pages; a production build has only the built-in sites.
    for (const origin of granted.origins ?? []) {
      expect(origin).toMatch(/facebook\.com|x\.com|twitter\.com|whatsapp\.com|mumsnet\.com|netmums\.com|reddit\.com|localhost|127\.0\.0\.1/);
    }
  });
});

test.describe('with a school that has an email address', () => {
  test.use({ schools: ['hill-top-primary'] });

  test('send-to-school makes an email to the school with the draft in it', async ({ context, background, extensionId }) => {
    const draft = 'Mrs Patel at Hill Top is a liar & she hid what happened to my son?';
    const { tabId } = await draftOnForum(context, background, draft);
    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('button', { name: 'Send this to the school instead' }).click();
    const link = popup.getByRole('link', { name: 'Open an email to Hill Top Primary School' });
    const href = await link.getAttribute('href');
    const mail = new URL(href!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('office@hilltop.example');
    expect(mail.searchParams.get('body')).toBe(draft);
    expect(mail.searchParams.get('subject')).toContain('Hill Top Primary School');
  });
});

test('changing the school in options changes what the nudge and the popup say', async ({ context, background, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'Alsop High School' }).check();

  const { page, tabId } = await draftOnForum(context, background, PROBLEM);
  const nudge = page.locator('before-you-post');
  await nudge.getByRole('button', { name: 'Before you post' }).click();
  await expect(nudge.getByRole('heading', { name: 'Alsop High School asks you to consider' })).toBeVisible();

  await options.bringToFront();
  await options.getByRole('checkbox', { name: 'Alsop High School' }).uncheck();
  await options.getByRole('checkbox', { name: 'Smithdon High School' }).check();
  await page.bringToFront();
  await page.locator('[data-demo-box="message"]').click();
  await page.keyboard.type(' Smithdon.');
  await expect(nudge.getByRole('heading', { name: 'Smithdon High School asks you to consider' })).toBeVisible();

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByRole('heading', { name: 'Smithdon High School asks you to consider' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Alsop High School asks you to consider' })).toHaveCount(0);
});

test('corrupted stored settings are recovered with a notice', async ({ context, background, extensionId }) => {
  await background.evaluate(() => chrome.storage.local.set({ settings: { version: 2, schoolIds: 'not a list' } }));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('alert')).toContainText('could not be read');
  await options.getByRole('checkbox', { name: 'Alsop High School' }).check();
  await expect(options.getByRole('alert')).toHaveCount(0);
  const stored = await background.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ version: 2, schoolIds: ['alsop-high'] });
});

test.describe('accessibility (axe-core), light and dark', () => {
  test.use({ schools: ['alsop-high'] });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`popup, options, complaints page and the in-page card have no violations (${colorScheme})`, async ({
      context,
      background,
      extensionId,
    }) => {
      const { page, tabId } = await draftOnForum(context, background, PROBLEM);
      await page.emulateMedia({ colorScheme });
      const nudge = page.locator('before-you-post');
      await nudge.getByRole('button', { name: 'Before you post' }).click();
      await expect(nudge.getByRole('dialog')).toBeVisible();
      const card = await new AxeBuilder({ page }).include('before-you-post').analyze();
      expect(card.violations).toEqual([]);

      for (const path of [`popup.html?tab=${tabId}`, 'options.html', 'complaints.html?school=alsop-high']) {
        const ext = await context.newPage();
        await ext.emulateMedia({ colorScheme });
        await ext.goto(`chrome-extension://${extensionId}/${path}`);
        await expect(ext.locator('h1')).toBeVisible();
        const result = await new AxeBuilder({ page: ext }).analyze();
        expect(result.violations, path).toEqual([]);
      }
    });
  }
});
