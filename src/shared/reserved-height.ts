import type { ReactiveController, ReactiveElement } from 'lit';
import { readVerticalInset } from './first-size.js';

/**
 * The room a page reserved for the element before its script arrived, and how much of it the content leaves empty,
 * so that the chart can grow into it. A page reserves room with a `min-height` on the tag (the README's paste carries
 * one): the unknown tag holds that height from the first paint, the element fills it, and nothing after the element
 * moves when the script and the data arrive (Cumulative Layout Shift 0).
 *
 * The reserved height is the height of an empty probe whose `min-height` is inherited from the host. The content's
 * height is the frame the host renders its content in (`observe(frame)`), which includes the `extra` already given.
 * Both come from ResizeObserver entries, except once per new dataset: `measure()` reads the frame (and, before the
 * observer's first report, the probe) synchronously, so the first frame painted with the data already fills the room
 * (a frame painted without the extra would move the content under the chart).
 */
export class ReservedHeight implements ReactiveController {
  private readonly host: ReactiveElement;
  private probe?: HTMLElement;
  private frameElement?: Element;
  private observer?: ResizeObserver;
  private reserved = 0;
  /** The space between the host's border edge and the frame, above and below (the host's padding and border). */
  private inset = 0;
  private raf = 0;
  /** Px the chart may grow by so that the element fills the room reserved for it; 0 when nothing was reserved. */
  extra = 0;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.probe ??= reserveProbe();
    if (this.probe.parentNode !== this.host.renderRoot) this.host.renderRoot.insertBefore(this.probe, this.host.renderRoot.firstChild);
    this.observer = new ResizeObserver((entries) => {
      let content: number | undefined;
      for (const entry of entries) {
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
        if (entry.target === this.probe) (this.reserved = height), (this.observed = true);
        else if (entry.target === this.host) this.inset = height - entry.contentRect.height;
        else if (entry.target === this.frameElement) content = height;
      }
      // The frame's entry comes with the probe's when both change; without it, the last extra's content stands.
      if (this.settle(content ?? this.contentHeight)) {
        cancelAnimationFrame(this.raf);
        this.raf = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.probe);
    this.observer.observe(this.host);
    if (this.frameElement) this.observer.observe(this.frameElement);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.raf);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Watches the element the host renders its content in; its height is the content's, `extra` included. */
  observe(frame: Element | null): void {
    if (!frame || frame === this.frameElement) return;
    if (this.frameElement) this.observer?.unobserve(this.frameElement);
    this.frameElement = frame;
    this.observer?.observe(frame);
  }

  /**
   * Reads the frame's height now (one layout read) and updates `extra`; true when it changed, and the host should
   * render again before the browser paints. Called once per new dataset, and only when room was reserved.
   */
  measure(): boolean {
    if (!this.frameElement || !this.probe) return false;
    // Data that came before the observer's first report (a cached file, `data` set as the element connects): the
    // room is read too, or the first frame would be drawn unfilled and filled a frame later, moving what is under it.
    if (!this.observed) {
      this.observed = true;
      this.reserved = this.probe.getBoundingClientRect().height;
      this.inset = readVerticalInset(this.host as unknown as HTMLElement);
    }
    if (this.reserved <= 0) return false;
    return this.settle(this.frameElement.getBoundingClientRect().height);
  }

  /** Whether the room and inset are known, from the observer or from measure(). */
  private observed = false;

  private contentHeight = 0;

  /** The extra that makes the content fill the reserved room: the room, less the content without its extra. */
  private settle(contentHeight: number): boolean {
    this.contentHeight = contentHeight;
    const room = this.reserved - this.inset;
    const next = Math.max(0, Math.floor(room - (contentHeight - this.extra)));
    if (Math.abs(next - this.extra) < 1) return false;
    this.contentHeight += next - this.extra;
    this.extra = next;
    return true;
  }
}

/** An empty box out of the flow and unseen (`.reserve-probe` in theme.styles.ts) whose min-height is the host's. */
function reserveProbe(): HTMLElement {
  const probe = document.createElement('span');
  probe.className = 'reserve-probe';
  probe.setAttribute('aria-hidden', 'true');
  return probe;
}
