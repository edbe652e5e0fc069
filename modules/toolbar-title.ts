import { defineWxtModule } from 'wxt/modules';

/**
 * WXT names the toolbar button after popup/index.html's <title>, which cannot be translated: use
 * the extension's name from the message files instead (Chromium and Firefox alike).
 */
export default defineWxtModule((wxt) => {
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    for (const button of [manifest.action, manifest.browser_action]) if (button) button.default_title = '__MSG_extName__';
  });
});
