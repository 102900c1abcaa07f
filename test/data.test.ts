import { expect } from '@open-wc/testing';
import {
  asylum,
  corrections,
  definitions,
  killings,
  licenses,
  police,
  sources,
  timeline,
  timelineFigures,
} from '../src/data/index.js';
import type { Correction } from '../src/data/index.js';
import { corrections as fixture } from './fixtures/corrections.js';

// Transcribed from shared/data/FACTS.md: any change to a bundled figure must change this table too,
// on purpose.
describe('the data layer holds exactly the figures of FACTS.md', () => {
  it('asylum', () => {
    const figures = Object.values(asylum).map((f) => [f.id, f.value, f.qualifier, f.confidence]);
    expect(figures).to.deep.equal([
      ['court-grants', 71, 'exact', 'verified'],
      ['court-cases', 3000, 'more-than', 'verified'],
      ['court-share', 71 / 3000, 'at-most', 'derived'],
      ['port-requests', 200, 'almost', 'verified'],
      ['port-requests-q1', 70, 'exact', 'verified'],
    ]);
  });

  it('police: the article’s figures only, the remainder marked derived', () => {
    const figures = Object.values(police).map((f) => [f.id, f.value, f.qualifier, f.confidence]);
    expect(figures).to.deep.equal([
      ['police-since-2007', 900, 'about', 'verified'],
      ['police-2008', 500, 'nearly', 'verified'],
      ['police-other', 400, 'about', 'derived'],
    ]);
    expect(police.since2007.value - police.in2008.value).to.equal(police.other.value);
  });

  it('killings: the government series, summing to the official total', () => {
    expect(killings.years.map((y) => [y.period, y.value])).to.deep.equal([
      ['2007', 2826],
      ['2008', 6838],
      ['2009', 9614],
      ['2010', 15273],
    ]);
    const sum =
      killings.december2006.value + killings.years.reduce((total, y) => total + y.value, 0);
    expect(sum).to.equal(killings.officialTotal);
    expect(killings.officialTotal).to.equal(34612);
    expect([killings.articleNearly.value, killings.articleNearly.qualifier]).to.deep.equal([
      11000,
      'nearly',
    ]);
  });

  it('timeline: every dated event, with its figures and qualifiers', () => {
    expect(timeline.map((event) => event.id)).to.deep.equal([
      'offensive',
      'port-requests',
      'police-2008',
      'juarez-chief',
      'troops',
      'tijuana-spree',
    ]);
    expect(timelineFigures).to.deep.equal({
      troops: { value: 45000, qualifier: 'about' },
      police2008: { value: 500, qualifier: 'nearly' },
      portRequests: { value: 200, qualifier: 'almost' },
      tijuanaOfficers: { value: 7, qualifier: 'exact' },
    });
  });

  it('every source has a publisher, an https URL and a date, and the article is dated 2009 only', () => {
    for (const source of Object.values(sources)) {
      expect(source.publisher).to.be.a('string').and.not.be.empty;
      expect(new URL(source.url).protocol).to.equal('https:');
      expect(source.published).to.match(/^\d{4}(-\d{2}){0,2}$/);
    }
    expect(sources.article.published).to.equal('2009');
  });

  it('licenses: the eight ids of FACTS.md, none chosen by default', () => {
    expect(licenses.map((license) => license.id)).to.deep.equal([
      'cc-by-4.0',
      'cc-by-sa-4.0',
      'cc-by-nd-4.0',
      'cc-by-nc-4.0',
      'cc-by-nc-sa-4.0',
      'cc-by-nc-nd-4.0',
      'cc-by-nc-nd-3.0',
      'cc0-1.0',
    ]);
    expect(
      licenses.filter((license) => license.noDerivatives).map((license) => license.id),
    ).to.deep.equal(['cc-by-nd-4.0', 'cc-by-nc-nd-4.0', 'cc-by-nc-nd-3.0']);
  });

  it('every figure has its definition, and every definition a figure', () => {
    const ids = [
      ...Object.values(asylum),
      ...Object.values(police),
      killings.december2006,
      ...killings.years,
      killings.articleNearly,
    ].map((figure) => figure.id);
    expect(Object.keys(definitions).sort()).to.deep.equal([...ids].sort());
    for (const text of Object.values(definitions)) expect(text.length).to.be.greaterThan(20);
  });
});

describe('corrections: each names real figures, a real day and both languages, newest first', () => {
  const check = (list: readonly Correction[]) => {
    list.forEach((correction, index) => {
      const day = new Date(`${correction.date}T00:00:00Z`);
      expect(correction.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(day.toISOString().slice(0, 10)).to.equal(correction.date);
      expect(correction.figures).to.not.be.empty;
      for (const id of correction.figures) expect(Object.keys(definitions)).to.include(id);
      expect(correction.text.en.trim()).to.not.equal('');
      expect(correction.text.es.trim()).to.not.equal('');
      if (index > 0) expect(correction.date <= list[index - 1]!.date).to.equal(true);
    });
  };

  it('the shipped list (empty until a figure is corrected)', () => check(corrections));
  it('the test fixture', () => {
    check(fixture);
    expect(fixture).to.not.be.empty;
  });
});
