import { expect, test } from './fixtures';

test('the content script adds nothing to a page until a compose box is focused, then only its own host', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/forum.html');
  await page.locator('#title').click(); // a text input: not a compose box
  const host = page.locator('before-you-post');
  await expect(host).toHaveCount(0);
  await page.locator('[data-demo-box="message"]').click();
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-level', 'clear');
  await expect(host).toHaveAttribute('data-categories', '');
});

test('the popup asks for a school until one is chosen on the options page, then shows its prompts', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Choose a school' })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'Smithdon High School' }).check();

  await expect(popup.getByRole('heading', { name: 'Smithdon High School asks you to consider' })).toBeVisible();
  await expect(popup.getByText('Would it be better to talk to someone at the school')).toBeVisible();
  const route = popup.getByRole('link', { name: 'Raise it with the school instead' });
  await expect(route).toHaveAttribute('href', `chrome-extension://${extensionId}/complaints.html?school=smithdon-high`);
});

test("the complaints page shows the school's steps, contacts and policy clauses", async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/complaints.html?school=alsop-high`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raising a concern with Alsop High School');
  await expect(page.getByText('Queens Drive, Walton, Liverpool L4 6SH')).toBeVisible();
  await expect(page.getByText('Naming staff', { exact: true })).toBeVisible();
});
