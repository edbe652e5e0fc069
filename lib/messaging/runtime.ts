import { browser } from 'wxt/browser';
import type { Request, Response } from './messages';

/** Sends a request to the background; undefined when nobody answers (e.g. after an update). */
export async function sendRequest<R extends Request>(request: R): Promise<Response<R> | undefined> {
  try {
    return (await browser.runtime.sendMessage(request)) as Response<R>;
  } catch {
    return undefined;
  }
}

/**
 * Listens for messages; `answer` returns a promise of the reply, or undefined to leave the message
 * to others. The reply goes through sendResponse (returning true keeps it open), which Chromium
 * and Firefox both honour; a promise returned from the listener itself only Firefox and recent
 * Chromium do. Returns the function that stops listening.
 */
export function answerMessages(
  answer: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | undefined,
): () => void {
  // Held here: once an orphaned content script's context is gone, browser.runtime is undefined.
  const onMessage = browser.runtime.onMessage;
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply?: unknown) => void) => {
    const reply = answer(message, sender);
    if (reply === undefined) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
