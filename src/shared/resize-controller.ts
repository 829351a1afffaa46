import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when it changes by a whole pixel, or when
 * the host's font size changes (the reader enlarged the page's text: the element's height changes with it).
 * Reads what the observer reports and the computed font size, which needs style, never layout, so resizing
 * never forces a layout (no read-then-write thrash).
 */
export class ResizeController implements ReactiveController {
  /** The host's computed font size in CSS pixels; 16 (a browser's default) until the first measurement. */
  fontSize = 16;

  private readonly host: ReactiveControllerHost & HTMLElement;
  /** The width before any measurement, e.g. the host's public `layoutWidth` on a server, which cannot measure. */
  private readonly fallback: () => number | undefined;
  private measured?: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback: () => number | undefined = () => undefined) {
    this.host = host;
    this.fallback = fallback;
    host.addController(this);
  }

  /** Content-box width in CSS pixels: the measured one, else the fallback's, else 640. */
  get width(): number {
    return this.measured ?? this.fallback() ?? 640;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (width <= 0) return;
      const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || this.fontSize;
      const changed = width !== this.width || fontSize !== this.fontSize;
      this.measured = width;
      this.fontSize = fontSize;
      if (changed) {
        // Rendering in the next frame lets the new height settle outside the observer's delivery loop.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
