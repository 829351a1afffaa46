import type { ReactiveController, ReactiveElement } from 'lit';
import { readFirstSize } from './first-size.js';

/**
 * Tracks the host's content width and font size with one ResizeObserver and re-renders when either changes (the
 * width by a whole pixel; the font size when the reader enlarges the page's text). The font size is the width of
 * an empty, hidden 1em probe in the host's shadow root, so every number comes from the observer's entries: script
 * never reads layout or style, and resizing never forces a layout (no read-then-write thrash).
 */
export class ResizeController implements ReactiveController {
  private readonly host: ReactiveElement;
  /** The width before any measurement, e.g. the host's public `layoutWidth` on a server, which cannot measure. */
  private readonly fallback: () => number | undefined;
  private measured?: number;
  private measuredFontSize?: number;
  private probe?: HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveElement, fallback: () => number | undefined = () => undefined) {
    this.host = host;
    this.fallback = fallback;
    host.addController(this);
  }

  /** Content-box width in CSS pixels: the measured one, else the fallback's, else 640. */
  get width(): number {
    if (this.measured === undefined) this.measureOnce();
    return this.measured ?? this.fallback() ?? 640;
  }

  /** The host's font size in CSS pixels; 16 (a browser's default) until the first measurement. */
  get fontSize(): number {
    if (this.measuredFontSize === undefined) this.measureOnce();
    return this.measuredFontSize ?? 16;
  }

  /**
   * Asked for a size before the observer has reported one (the host was given its data as it was connected, as the
   * journey's elements are): reads it once (first-size.ts), so the first drawing is at the real width and is not drawn
   * again a frame later at another, which would move everything under it. After that, only the observer's entries.
   */
  private measureOnce(): void {
    if (this.readOnce || !this.observer || !this.probe || !this.host.isConnected) return;
    this.readOnce = true;
    const size = readFirstSize(this.host, this.probe);
    if (size.width > 0) this.measured = size.width;
    if (size.fontSize > 0) this.measuredFontSize = size.fontSize;
  }

  private readOnce = false;

  hostConnected(): void {
    this.probe ??= emProbe();
    // Before the first render Lit has not written the root yet; it renders after what is there, so the probe stays.
    if (this.probe.parentNode !== this.host.renderRoot)
      this.host.renderRoot.insertBefore(this.probe, this.host.renderRoot.firstChild);
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const size = entry.contentRect.width;
        if (entry.target === this.probe) {
          if (size <= 0) continue;
          changed ||= size !== this.fontSize;
          this.measuredFontSize = size;
        } else if (Math.floor(size) > 0) {
          changed ||= Math.floor(size) !== this.width;
          this.measured = Math.floor(size);
        }
      }
      if (changed) {
        // Rendering in the next frame lets the new height settle outside the observer's delivery loop.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
    this.observer.observe(this.probe);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** An empty box 1em wide and 0 high, out of the flow and unseen (`.em-probe` in theme.styles.ts): its observed width is the font size. */
function emProbe(): HTMLElement {
  const probe = document.createElement('span');
  probe.className = 'em-probe';
  probe.setAttribute('aria-hidden', 'true');
  return probe;
}
