import { expect } from '@open-wc/testing';
import { memoLast } from './memo-last.js';

describe('memoLast', () => {
  it('computes again only when an argument changes', () => {
    let runs = 0;
    const area = memoLast((data: object, width: number) => ({ data, width, run: ++runs }));
    const data = {};
    const first = area(data, 320);
    expect(area(data, 320)).to.equal(first);
    expect(runs).to.equal(1);
    expect(area(data, 640).width).to.equal(640);
    expect(area({}, 640).run, 'a new object is a change, however alike').to.equal(3);
    expect(runs).to.equal(3);
  });

  it('counts undefined as a value like any other', () => {
    let runs = 0;
    const filtered = memoLast((kind?: string) => `${kind}:${++runs}`);
    expect(filtered(undefined)).to.equal('undefined:1');
    expect(filtered(undefined)).to.equal('undefined:1');
    expect(filtered('strength')).to.equal('strength:2');
    expect(filtered(undefined)).to.equal('undefined:3');
  });
});
