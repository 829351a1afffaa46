import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width with a ResizeObserver and re-renders when it changes by a whole pixel, or when
 * the host's font size changes (the reader enlarged the page's text: the element's height changes with it).
 * Reads what the observer reports and the computed font size, which needs style, never layout, so resizing
 * never forces a layout (no read-then-write thrash).
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS pixels; `fallback` until the first measurement. */
  width: number;
  /** The host's computed font size in CSS pixels; 16 (a browser's default) until the first measurement. */
  fontSize = 16;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, fallback = 640) {
    this.host = host;
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || this.fontSize;
      if (width > 0 && (width !== this.width || fontSize !== this.fontSize)) {
        this.width = width;
        this.fontSize = fontSize;
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
