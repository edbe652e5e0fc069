import messages from 'virtual:messages';
import { messages as firstRenderMessages, markup } from 'virtual:first-panel';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { PanelProps } from '../../components/panel/Panel';
import { FIRST_PANEL_SLOT } from '../../lib/content/firstPanelSlot';
import { reminderKey } from '../../lib/content/pageResults';
import { INVALID, NO_INFO, WORDING_ORDER } from '../../lib/detection/wordings';
import { compileMessages, fillMessage } from '../../lib/i18n/messageTemplates';
import { slotKeys } from '../../scripts/lib/firstPanelSlots';
import { LOCALES, messageFile } from './localeMessages';

const SLOT_KEYS = [...new Set(slotKeys(markup))];
/** The keys lib/content/firstRender.ts fills itself: the title's, which depend on the page's wordings, and the reminder's. */
const PAGE_KEYS = ['panelShown', 'nameSeparator', reminderKey('clinic'), reminderKey('pharmacy'), ...WORDING_ORDER.map((w) => w.name)];
const MESSAGE_KEYS = SLOT_KEYS.filter((key) => !key.startsWith('='));
const NEEDED = [...new Set([...MESSAGE_KEYS, ...PAGE_KEYS])];

describe('virtual:first-panel carries what the first render needs', () => {
  it('the tree has slots, nested ones among them', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(8);
    for (const key of ['reminderClinic', 'callNumber', 'freeDialName', 'institutionsName', 'dismiss', 'statusLoading']) {
      expect(SLOT_KEYS).toContain(key);
    }
    expect(PAGE_KEYS).toContain('reminderPharmacy');
    expect(PAGE_KEYS).toEqual(expect.arrayContaining(['statusInvalid', 'statusNoInfo', 'wordingMultiple']));
  });

  it.each(LOCALES)('%s: every key the first render fills is carried, as compiled from the message file', (locale) => {
    const carried = firstRenderMessages[locale] ?? {};
    const expected = compileMessages(messageFile(locale), NEEDED);
    for (const key of NEEDED) expect(carried[key], key).toBe(expected[key]);
  });

  it.each(LOCALES)('%s: it carries those keys and no other (the content script stays small)', (locale) => {
    const carried = firstRenderMessages[locale] ?? {};
    expect(Object.keys(carried).sort()).toEqual([...NEEDED].sort());
    // What comes with the panel's UI: the print button, why, whom each line is for.
    for (const key of ['printSlip', 'reminderWhy', 'freeDialWhen', 'institutionsWhen']) expect(carried).not.toHaveProperty(key);
    expect(Object.keys(carried).length).toBeLessThan(Object.keys(messageFile(locale)).length / 2);
  });

  it('carries no setting as a message', () => {
    for (const locale of LOCALES) expect(Object.keys(firstRenderMessages[locale] ?? {}).filter((key) => key.startsWith('='))).toEqual([]);
  });
});

describe('virtual:messages', () => {
  it.each(LOCALES)('%s: holds every key of the message file, compiled', (locale) => {
    expect(messages[locale]).toEqual(compileMessages(messageFile(locale)));
    expect(messages[locale]).toHaveProperty('printSlip');
  });

  it('the two languages differ', () => {
    expect(messages.en?.reminderClinic).not.toBe(messages.ja?.reminderClinic);
  });
});

/** The HTML renderFirstPanel parses (DOMParser, which Node has not): kept as the mount's one child. */
class RecordingParser {
  parseFromString(html: string) {
    return { body: { childNodes: [html] } };
  }
}
const mountOf = () => ({ ownerDocument: {}, html: '', replaceChildren(...nodes: string[]) { this.html = nodes.join(''); } });

/**
 * The first render in a browser whose UI language is `uiLanguage`; getMessage, if asked, answers
 * from the message files. `published`: the language the background published with the settings.
 */
async function renderIn(uiLanguage: string, role: 'clinic' | 'pharmacy', published?: 'ja' | 'en') {
  const files = { ja: compileMessages(messageFile('ja')), en: compileMessages(messageFile('en')) };
  const locale = published ?? (uiLanguage.startsWith('en') ? 'en' : 'ja');
  const getMessage = vi
    .spyOn(browser.i18n, 'getMessage')
    .mockImplementation((key: string, substitutions?: string | string[]) => fillMessage(files[locale][key] ?? '', substitutions));
  const getUILanguage = vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.stubGlobal('DOMParser', RecordingParser);
  const { knowMessageLocale } = await import('../../lib/i18n/translate');
  if (published) knowMessageLocale(published);
  const { renderFirstPanel } = await import('../../lib/content/firstRender');
  const mount = mountOf();
  const results = { matches: [], anchor: {}, statuses: [], wordings: [INVALID, NO_INFO] } as unknown as PanelProps['results'];
  renderFirstPanel(mount as unknown as HTMLElement, { results, settings: { role } as PanelProps['settings'] });
  return { mount, getMessage, getUILanguage, templates: files[locale] };
}

describe.each(['ja-JP', 'fr-FR', 'en-GB'])('a browser in %s: the first render asks it for no message', (uiLanguage) => {
  beforeEach(() => {
    vi.resetModules();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it.each(['clinic', 'pharmacy'] as const)('as a %s', async (role) => {
    const { mount, getMessage, templates } = await renderIn(uiLanguage, role);
    expect(getMessage).not.toHaveBeenCalled();

    const names = [templates.statusInvalid, templates.statusNoInfo].join(templates.nameSeparator);
    const title = (templates.panelShown as string).replace('$1', names);
    expect(mount.html).toContain(`<h2 id="sa-title">${title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</h2>`);
    expect(mount.html).toContain(`<p class="reminder" role="alert">${templates[reminderKey(role)]}</p>`);
    for (const mark of Object.values(FIRST_PANEL_SLOT)) expect(mount.html).not.toContain(mark);
    expect(mount.html).toContain('>0120-95-0178</a>');
    expect(mount.html).toContain(`aria-label="${templates.dismiss}"`);
  });
});

describe('with the language the background published', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it.each([
    ['ja-JP', 'en'],
    ['en-GB', 'ja'],
  ] as const)('a browser in %s, published %s: that language, and the browser is asked nothing', async (uiLanguage, published) => {
    const { mount, getMessage, getUILanguage, templates } = await renderIn(uiLanguage, 'clinic', published);
    expect(getMessage).not.toHaveBeenCalled();
    expect(getUILanguage).not.toHaveBeenCalled();
    expect(mount.html).toContain(`<p class="reminder" role="alert">${templates.reminderClinic}</p>`);
  });
});
