import { expect } from '@open-wc/testing';
import { formatDateSpan, parseDateSpan, parsePartialDate } from './dates.js';

const format = (text: string) => formatDateSpan(parseDateSpan(text)!);

describe('dates', () => {
  it('formats each precision as people write it', () => {
    expect(format('2017')).to.equal('2017');
    expect(format('2017-11')).to.equal('November 2017');
    expect(format('2019-07-01')).to.equal('1 July 2019');
  });

  it('formats intervals the way the sources word them', () => {
    expect(format('2019-05-13/2019-05-24')).to.equal('13 to 24 May 2019');
    expect(format('2017-11-14/2017-11-15')).to.equal('14 and 15 November 2017');
    expect(format('2017-04-25/2017-05-18')).to.equal('25 April to 18 May 2017');
    expect(format('2017-04/2017-05')).to.equal('April and May 2017');
    expect(format('2017-04/2017-06')).to.equal('April to June 2017');
    expect(format('2017-12-28/2018-01-03')).to.equal('28 December 2017 to 3 January 2018');
    expect(format('2017/2018-03')).to.equal('2017 to March 2018');
  });

  it('rejects dates that do not exist and intervals that run backwards', () => {
    expect(parsePartialDate('2019-02-30')).to.equal(null);
    expect(parsePartialDate('2020-02-29')).to.not.equal(null);
    expect(parsePartialDate('2019-13')).to.equal(null);
    expect(parsePartialDate('19-05-01')).to.equal(null);
    expect(parseDateSpan('2019-05-24/2019-05-13')).to.equal(null);
    expect(parseDateSpan('2019/2020/2021')).to.equal(null);
  });

  it('spans whole units in UTC and places a date at its middle', () => {
    const month = parseDateSpan('2017-11')!;
    expect(new Date(month.startTime).toISOString()).to.equal('2017-11-01T00:00:00.000Z');
    expect(new Date(month.endTime).toISOString()).to.equal('2017-11-30T23:59:59.999Z');
    const day = parseDateSpan('2019-05-13')!;
    expect(new Date(day.midTime).toISOString()).to.equal('2019-05-13T12:00:00.000Z');
  });
});
