/**
 * The layout read an element makes once, when it must draw before its ResizeObserver has reported: its content width
 * and font size (ResizeController.measureOnce). Resizing never comes here.
 */
export function readFirstSize(host: HTMLElement, emProbe: HTMLElement): { width: number; fontSize: number } {
  const style = getComputedStyle(host);
  const inset = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const width =
    host.getBoundingClientRect().width - inset.reduce((sum, name) => sum + (parseFloat(style[name]) || 0), 0);
  return { width: Math.floor(width), fontSize: emProbe.getBoundingClientRect().width };
}
