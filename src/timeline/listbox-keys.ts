/** What a key does in the chart's listbox of events, as a native horizontal listbox would. */
export type ListboxKeyAction =
  { action: 'move'; index: number } | { action: 'choose' } | { action: 'dismiss' } | { action: 'none' };

/**
 * The action for `key` with the event at `current` focused (-1 when none) among `count` events: arrows step (right
 * and down forward, left and up back), Home and End jump to the ends, Enter and Space choose the focused event,
 * Escape hides the hover tip.
 */
export function listboxKeyAction(key: string, current: number, count: number): ListboxKeyAction {
  const last = count - 1;
  if (key === 'Escape') return { action: 'dismiss' };
  if ((key === 'Enter' || key === ' ') && current >= 0 && current <= last) return { action: 'choose' };
  const index: number | undefined = {
    ArrowRight: Math.min(last, current + 1),
    ArrowDown: Math.min(last, current + 1),
    ArrowLeft: Math.max(0, current - 1),
    ArrowUp: Math.max(0, current - 1),
    Home: 0,
    End: last,
  }[key];
  return index === undefined || index < 0 || index > last ? { action: 'none' } : { action: 'move', index };
}
