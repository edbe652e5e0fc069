import { expect, panel, test } from './extension';

/*
 * Bad input in a real browser: corrupted or foreign values in storage, and extra patterns that
 * detection could not use. The valid settings survive, defaults stand in for the rest, and the
 * options page's 「管理者設定の状態」 says what was not used and why (tests/unit/settingsBadInput.test.ts
 * covers the rules, malformed policy included).
 */

test('corrupted user storage: valid values still apply, each bad one is listed in the options page', async ({
  context,
  page,
  worker,
  extensionId,
}) => {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404 (Not Found)')) errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  await worker.evaluate(() =>
    chrome.storage.local.set({
      settings: {
        role: 'pharmacy',
        enabled: 'perhaps',
        extraPatterns: ['複数該当', { text: '該当なし' }, '\u200b資格（無効）'],
        siteBlocklist: 'not[a list',
        fromAnotherVersion: { nested: [1, 2] },
      },
      policyCache: 'not an object',
    }),
  );

  await page.goto('samples/pharmacy-eprescription.html');
  await expect(panel(page), 'still on: "perhaps" is no value, the default applies').toHaveCount(1);
  await expect(panel(page).locator('.reminder'), 'the valid role applies').toContainText('受け付けられません');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-setting="role"] input[value="pharmacy"]')).toBeChecked();
  await expect(options.locator('[data-setting="extraPatterns"] textarea')).toHaveValue('複数該当');
  const rejected = options.getByTestId('policy-rejected').locator('li');
  for (const key of ['enabled', 'extraPatterns', 'siteBlocklist', 'fromAnotherVersion']) {
    await expect(rejected.filter({ hasText: key }).first(), `${key} listed`).toContainText('利用者設定');
  }
  await expect(rejected.filter({ hasText: '資格（無効）' }), 'with the reason detection would have had').toContainText(
    '「資格(無効)」として検出済みです。',
  );
  expect(errors).toEqual([]);
});

test('an extra pattern detection would drop is refused in the options page, with the reason', async ({ page, worker, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const field = page.locator('[data-setting="extraPatterns"]');
  // A zero-width-only copy and a space-padded copy of 資格（無効）, beside a good one.
  await field.locator('textarea').fill('\u200b資格（無効）\u200b\n 資格 （無効）\n該当資格なし');
  await field.locator('textarea').blur();
  await expect(field.getByRole('alert')).toContainText('「資格(無効)」として検出済みです。');
  await expect
    .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { extraPatterns?: string[] })?.extraPatterns))
    .toEqual(['該当資格なし']);
});
