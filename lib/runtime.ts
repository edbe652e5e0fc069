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
