import { expect } from '@open-wc/testing';
import { barnet, fictionalOneEvent } from '../fixtures/datasets.js';
import { chooseLinkedEvents } from './choose-events.js';

describe('chooseLinkedEvents(dataset, id)', () => {
  it('leaves every part on its default when nothing is chosen', () => {
    expect(chooseLinkedEvents(barnet, undefined)).to.deep.equal({
      timeline: undefined,
      scorecard: undefined,
      breakdown: undefined,
    });
    expect(chooseLinkedEvents(barnet, 'no-such-event').timeline).to.equal(undefined);
  });

  it('shows a chosen graded inspection in all three parts', () => {
    expect(chooseLinkedEvents(barnet, 'inspection-2019')).to.deep.equal({
      timeline: 'inspection-2019',
      scorecard: 'inspection-2019',
      breakdown: 'inspection-2019',
    });
  });

  it('keeps the latest grades and findings up to an ungraded visit', () => {
    expect(chooseLinkedEvents(barnet, 'monitoring-visit-2018-04')).to.deep.equal({
      timeline: 'monitoring-visit-2018-04',
      scorecard: 'inspection-2017',
      breakdown: 'monitoring-visit-2018-04',
    });
    // Barnet's 2021 focused visit holds no findings (its only sentences were a newspaper's): the breakdown keeps 2019's.
    expect(chooseLinkedEvents(barnet, 'focused-visit-2021')).to.deep.equal({
      timeline: 'focused-visit-2021',
      scorecard: 'inspection-2019',
      breakdown: 'inspection-2019',
    });
  });

  it('never shows a later event than the one chosen', () => {
    expect(chooseLinkedEvents(fictionalOneEvent, 'visit')).to.deep.equal({
      timeline: 'visit',
      scorecard: 'visit',
      breakdown: 'visit',
    });
    expect(chooseLinkedEvents(barnet, 'commissioner-appointed-2017').breakdown).to.equal('commissioner-appointed-2017');
  });
});
