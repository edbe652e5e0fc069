// The naive baseline the benchmark compares against: what a first, straightforward version of
// this extension would do — read document.body.innerText after every mutation batch and insert a
// panel when either phrase is in it. Kept deliberately simple; not part of the product.
const PHRASES = ['資格（無効）', '資格情報なし'];
let panel = null;

function check() {
  // biome-ignore lint/performance/useDomNodeTextContent: the baseline is defined as re-reading innerText
  const found = PHRASES.some((phrase) => document.body.innerText.includes(phrase));
  if (found && !panel) {
    panel = document.createElement('shikaku-alert');
    panel.textContent = '電子処方箋は発行できません。紙の処方箋を発行してください。0120-95-0178 / 0800-080-4583';
    document.body.append(panel);
  } else if (!found && panel) {
    panel.remove();
    panel = null;
  }
}

new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
check();
