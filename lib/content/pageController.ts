import { Detector } from '../detection/detector';
import type { Match } from '../detection/mentions';
import { compilePatterns, type Pattern, type StatusToken } from '../detection/patterns';
import { closedShadowRoot } from '../detection/shadowRoots';
import { Highlights } from './highlights';
import type { CallCentreView } from '../messaging/messages';
import { anchorOf, placementFor } from './placement';
import { RestoreBudget } from './restoreBudget';
import { msToNextMinute } from '../shared/nextMinute';
import { cancel, later, type TimerId } from '../shared/scheduler';
import type { Settings } from '../settings/definition';
import { AlertHost, isAlertNode } from './alertHost';
import { calloutContent } from './calloutContent';

/**
 * One document's alert: follows the detector's results, marks them, and shows, moves and removes
 * the panel. Everything it starts stops with `signal`.
 */

export interface PageEnvironment {
  doc: Document;
  signal: AbortSignal;
  /**
   * Whether the extension is still there (not disabled, reloaded or updated). Asked before each
   * use of an extension API; when it answers false, `signal` has already aborted.
   */
  alive(): boolean;
  /** Live status of both lines (computed by the background). */
  requestViews(): Promise<CallCentreView[] | null>;
  /** This document's number of results, for the toolbar badge. */
  reportCount(count: number): void;
  /** Opens the patient slip. */
  openSlip(): void;
  /** Whether anything of ours (panel, highlights) is on the page now. */
  showing(showing: boolean): void;
}

const STATUS_ORDER: readonly StatusToken[] = ['invalid', 'no-info', 'custom'];

/** The settings' patterns (settings validation has already refused, with reasons, what this drops). */
function patternsFrom(settings: Settings): Pattern[] {
  return compilePatterns(settings.extraPatterns).patterns;
}

export class PageController {
  private readonly detector: Detector;
  private readonly highlights = new Highlights();
  private panel: AlertHost | null = null;
  private matches: readonly Match[] = [];
  private anchor: Match | undefined;
  /** Results present when the user closed the panel; a result not in here shows it again. */
  private readonly dismissed = new Set<Element>();
  private views: CallCentreView[] | null = null;
  private refreshTimer: TimerId | undefined;
  private reportedCount = 0;
  private readonly restores = new RestoreBudget();
  private restoreTimer: TimerId | undefined;
  /** The result the panel was last placed for. */
  private placedFor: Element | null = null;

  constructor(
    private readonly env: PageEnvironment,
    private settings: Settings,
  ) {
    this.detector = new Detector(env.doc, {
      patterns: patternsFrom(settings),
      signal: env.signal,
      isOwnNode: isAlertNode,
      closedShadowRoot,
      onChange: (matches) => this.onMatches(matches),
    });
    const onVisibility = () => {
      if (env.doc.visibilityState === 'visible' && this.panel) void this.refreshViews();
    };
    env.doc.addEventListener('visibilitychange', onVisibility, { signal: env.signal });
    env.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  updateSettings(settings: Settings): void {
    const patternsChanged = settings.extraPatterns.join('\n') !== this.settings.extraPatterns.join('\n');
    this.settings = settings;
    if (patternsChanged) this.detector.setPatterns(patternsFrom(settings));
    // The results may stay the same under new patterns, but the role or wording may not.
    this.render();
  }

  rescan(): void {
    this.detector.rescan();
  }

  private onMatches(matches: readonly Match[]): void {
    if (!this.env.alive()) return;
    this.matches = matches;
    this.anchor = anchorOf(matches);
    this.highlights.update(matches);
    this.env.showing(matches.length > 0);
    const present = new Set(matches.map((m) => m.element));
    for (const el of this.dismissed) if (!present.has(el)) this.dismissed.delete(el);
    this.render();
    if (matches.length !== this.reportedCount) {
      this.reportedCount = matches.length;
      this.env.reportCount(matches.length);
    }
  }

  private render(): void {
    const anchor = this.anchor;
    if (!anchor || this.matches.every((m) => this.dismissed.has(m.element))) {
      this.hidePanel();
      return;
    }
    // The panel's words come from the extension (i18n): an orphaned script stops here instead.
    if (!this.env.alive()) return;
    if (this.panel?.takenOut) {
      // Never straight back from inside the page's mutation: only the restore timer places it again.
      this.restoreLater();
      return;
    }
    const statuses = STATUS_ORDER.filter((s) => this.matches.some((m) => m.status === s));
    if (!this.panel) {
      this.panel = new AlertHost(this.env.doc, () => this.restoreLater());
      void this.refreshViews();
    }
    const patternOf = new Map(this.matches.map((m) => [m.element, m.pattern]));
    const visible = this.matches.filter((m) => !this.dismissed.has(m.element)).map((m) => m.element);
    this.panel.show(
      {
        statuses,
        patterns: [...new Set(this.matches.map((m) => m.pattern))],
        count: this.matches.length,
        role: this.settings.role,
        settings: this.settings,
        views: this.views,
        onDismiss: () => this.dismiss(),
        onPrintSlip: () => this.env.openSlip(),
      },
      placementFor(anchor, this.panel.element),
      visible,
      calloutContent(this.settings.role, (element) => patternOf.get(element) ?? ''),
    );
    this.placedFor = anchor.element;
  }

  /** The page took the panel out: put it back in a later task, as often as the budget allows. */
  private restoreLater(): void {
    if (this.restoreTimer !== undefined || !this.panel) return;
    const removal = { stoodMs: this.panel.stoodMs, resultStayed: this.placedFor?.isConnected ?? false };
    const wait = this.restores.delay(removal, performance.now());
    this.restoreTimer = later(() => {
      this.restoreTimer = undefined;
      this.panel?.takeOut();
      this.render();
    }, wait);
  }

  private dismiss(): void {
    for (const m of this.matches) this.dismissed.add(m.element);
    this.hidePanel();
  }

  private hidePanel(): void {
    cancel(this.refreshTimer);
    this.refreshTimer = undefined;
    cancel(this.restoreTimer);
    this.restoreTimer = undefined;
    this.panel?.remove();
    this.panel = null;
    this.placedFor = null;
  }

  /** Fetches the live hours now and again at the start of each minute while the panel is shown. */
  private async refreshViews(): Promise<void> {
    cancel(this.refreshTimer);
    const views = await this.env.requestViews();
    if (this.env.signal.aborted || !this.panel) return;
    if (views) this.views = views;
    this.render();
    // A hidden tab needs no ticking clock: visibilitychange refreshes it when it is shown again.
    if (this.env.doc.visibilityState !== 'visible') return;
    this.refreshTimer = later(() => void this.refreshViews(), msToNextMinute());
  }

  private clear(): void {
    this.hidePanel();
    this.highlights.clear();
    this.env.showing(false);
    if (this.reportedCount > 0) this.env.reportCount(0);
  }
}
