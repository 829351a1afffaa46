import { expect } from '@open-wc/testing';
import { listboxKeyAction } from './listbox-keys.js';

describe('listboxKeyAction', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(listboxKeyAction('ArrowRight', 1, 3)).to.deep.equal({ action: 'move', index: 2 });
    expect(listboxKeyAction('ArrowDown', 2, 3)).to.deep.equal({ action: 'move', index: 2 });
    expect(listboxKeyAction('ArrowLeft', 0, 3)).to.deep.equal({ action: 'move', index: 0 });
    expect(listboxKeyAction('ArrowUp', 2, 3)).to.deep.equal({ action: 'move', index: 1 });
  });

  it('jumps with Home and End', () => {
    expect(listboxKeyAction('Home', 2, 3)).to.deep.equal({ action: 'move', index: 0 });
    expect(listboxKeyAction('End', 0, 3)).to.deep.equal({ action: 'move', index: 2 });
  });

  it('chooses the focused event with Enter or Space, and only a focused one', () => {
    expect(listboxKeyAction('Enter', 1, 3)).to.deep.equal({ action: 'choose' });
    expect(listboxKeyAction(' ', 0, 3)).to.deep.equal({ action: 'choose' });
    expect(listboxKeyAction('Enter', -1, 3)).to.deep.equal({ action: 'none' });
  });

  it('starts from the first event when none is focused, dismisses on Escape, ignores other keys and empty charts', () => {
    expect(listboxKeyAction('ArrowRight', -1, 3)).to.deep.equal({ action: 'move', index: 0 });
    expect(listboxKeyAction('Escape', 1, 3)).to.deep.equal({ action: 'dismiss' });
    expect(listboxKeyAction('a', 1, 3)).to.deep.equal({ action: 'none' });
    expect(listboxKeyAction('Home', -1, 0)).to.deep.equal({ action: 'none' });
    expect(listboxKeyAction('ArrowRight', -1, 0)).to.deep.equal({ action: 'none' });
  });
});
