import {
  expectCalloutAfterScrolling,
  expectCalloutAccessible,
  expectCalloutAtLoad,
  expectCalloutClearOfScrollbar,
  expectCalloutFollowsMovedResult,
  expectCalloutGoes,
  expectCalloutInDialogAndHostilePage,
  expectCalloutInScrollingPane,
  expectCalloutLeavesRecordVisible,
} from '../shared/callout';
import { test } from './extension';

// The callout beside a result (shared/callout.ts).

test('a 100-row list, result at row 6: a callout is painted beside it at load; its control brings the panel into view and focuses it', async ({ firefoxPage }) => {
  await expectCalloutAtLoad(firefoxPage);
});

test('result at row 90: no callout at load; scrolled to, a callout beside it', async ({ firefoxPage }) => {
  await expectCalloutAfterScrolling(firefoxPage);
});

test('a list in a scrolling pane: the callout follows the visible part of the pane', async ({ firefoxPage }) => {
  await expectCalloutInScrollingPane(firefoxPage);
});

test('a tall modal dialog, and a page that puts everything on top and clips: still painted', async ({ firefoxPage }) => {
  await expectCalloutInDialogAndHostilePage(firefoxPage);
});

test('panel in view, dismissed, or the match ended: no callout', async ({ firefoxPage }) => {
  await expectCalloutGoes(firefoxPage);
});

test('axe-core: no WCAG 2.1 AA violation in the host with the callout shown', async ({ firefoxPage }) => {
  await expectCalloutAccessible(firefoxPage);
});

test('the 100-row reception list and a tall modal dialog: the callout covers neither the result nor its row (hit tests)', async ({ firefoxPage }) => {
  await expectCalloutLeavesRecordVisible(firefoxPage);
});

test('rows inserted above the result, nothing scrolled: the callout moves with its result', async ({ firefoxPage }) => {
  await expectCalloutFollowsMovedResult(firefoxPage);
});

test('a result at the right edge beside a scrollbar: the callout stays clear of the scrollbar', async ({ firefoxPage }) => {
  await expectCalloutClearOfScrollbar(firefoxPage);
});
