/**
 * Layout reads an element makes once, when it must draw before its ResizeObserver has reported: its content width
 * and font size (ResizeController.measureOnce), the padding above and below it (ReservedHeight.measure). Resizing
 * never comes here.
 */
export function readFirstSize(host: HTMLElement, emProbe: HTMLElement): { width: number; fontSize: number } {
  const style = getComputedStyle(host);
  const inset = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const width = host.getBoundingClientRect().width - inset.reduce((sum, name) => sum + (parseFloat(style[name]) || 0), 0);
  return { width: Math.floor(width), fontSize: emProbe.getBoundingClientRect().width };
}

/** The host's padding and border above and below, which its content height leaves out (see ReservedHeight.measure). */
export function readVerticalInset(host: HTMLElement): number {
  const style = getComputedStyle(host);
  const inset = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
  return inset.reduce((sum, name) => sum + (parseFloat(style[name]) || 0), 0);
}
