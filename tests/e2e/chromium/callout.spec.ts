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
import { chromiumScenarioPage } from './scenarioPage';

// The callout beside a result (shared/callout.ts).

test('a 100-row list, result at row 6: a callout is painted beside it at load; its control brings the panel into view and focuses it', async ({ page, worker }) => {
  await expectCalloutAtLoad(chromiumScenarioPage(page, worker));
});

test('result at row 90: no callout at load; scrolled to, a callout beside it', async ({ page, worker }) => {
  await expectCalloutAfterScrolling(chromiumScenarioPage(page, worker));
});

test('a list in a scrolling pane: the callout follows the visible part of the pane', async ({ page, worker }) => {
  await expectCalloutInScrollingPane(chromiumScenarioPage(page, worker));
});

test('a tall modal dialog, and a page that puts everything on top and clips: still painted', async ({ page, worker }) => {
  await expectCalloutInDialogAndHostilePage(chromiumScenarioPage(page, worker));
});

test('panel in view, dismissed, or the match ended: no callout', async ({ page, worker }) => {
  await expectCalloutGoes(chromiumScenarioPage(page, worker));
});

test('axe-core: no WCAG 2.1 AA violation in the host with the callout shown', async ({ page, worker }) => {
  await expectCalloutAccessible(chromiumScenarioPage(page, worker));
});

test('the 100-row reception list and a tall modal dialog: the callout covers neither the result nor its row (hit tests)', async ({ page, worker }) => {
  await expectCalloutLeavesRecordVisible(chromiumScenarioPage(page, worker));
});

test('rows inserted above the result, nothing scrolled: the callout moves with its result', async ({ page, worker }) => {
  await expectCalloutFollowsMovedResult(chromiumScenarioPage(page, worker));
});

test.describe('with classic scrollbars', () => {
  test.use({ scrollbars: true });

  test('a result at the right edge beside a scrollbar: the callout stays clear of the scrollbar', async ({ page, worker }) => {
    await expectCalloutClearOfScrollbar(chromiumScenarioPage(page, worker));
  });
});
