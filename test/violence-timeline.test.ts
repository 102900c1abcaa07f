import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/violence-timeline/violence-timeline.js';
import type { ViolenceTimeline } from '../src/widgets/violence-timeline/violence-timeline.js';
import { timeline } from '../src/data/timeline.js';
import { foldedText, shadowText } from './support/shadow.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('ol > li')];

describe('<violence-timeline>', () => {
  it('lists every dated event of FACTS.md in an ordered list, in date order', async () => {
    const el = await fixture<ViolenceTimeline>(
      html`<violence-timeline lang="en"></violence-timeline>`,
    );
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list).to.exist;
    const datetimes = [...list.querySelectorAll('time')].map((time) =>
      time.getAttribute('datetime'),
    );
    expect(datetimes).to.deep.equal([
      '2006-12',
      '2007-10',
      '2008-09',
      '2008',
      '2009-02-20',
      '2009-04',
      '2009-04-27',
    ]);
    expect(items(el).map((li) => li.getAttribute('data-event'))).to.deep.equal(
      timeline.map((event) => event.id),
    );
  });

  it('states each figure with its qualifier and each date to its known precision, in English', async () => {
    const el = await fixture<ViolenceTimeline>(
      html`<violence-timeline lang="en"></violence-timeline>`,
    );
    const [offensive, port, police, juarez, troops, tijuana] = items(el).map(foldedText);
    expect(offensive).to.match(/^December 2006 .*Felipe Calderón/);
    expect(port).to.contain('Fiscal 2008 (October 2007–September 2008)');
    expect(port).to.contain('Almost 200 Mexicans');
    expect(police).to.match(/^2008 Nearly 500 Mexican police officers/);
    expect(juarez).to.match(/^February 20, 2009 Roberto Orduña Cruz/);
    expect(juarez).to.contain('every 48 hours');
    expect(troops).to.match(/^April 2009 About 45,000 troops/);
    expect(tijuana).to.match(/^April 27, 2009 7 police officers .* Tijuana/);
  });

  it('speaks Spanish with es-MX dates and numbers', async () => {
    const el = await fixture<ViolenceTimeline>(
      html`<violence-timeline lang="es"></violence-timeline>`,
    );
    const [offensive, port, police, juarez, troops] = items(el).map(foldedText);
    expect(offensive).to.match(/^diciembre de 2006 /);
    expect(port).to.contain('Año fiscal 2008 (octubre de 2007–septiembre de 2008)');
    expect(port).to.contain('Casi 200 mexicanos');
    expect(police).to.contain('Casi 500 policías');
    expect(juarez).to.match(/^20 de febrero de 2009 /);
    expect(troops).to.contain('Alrededor de 45,000 soldados');
    expect(shadowText(el)).to.contain('Fuentes:');
  });

  it('gives every event its own linked sources', async () => {
    const el = await fixture<ViolenceTimeline>(html`<violence-timeline></violence-timeline>`);
    items(el).forEach((li, index) => {
      const links = [...li.querySelectorAll<HTMLAnchorElement>('[part="source"] a')].map(
        (a) => a.href,
      );
      expect(links).to.deep.equal(timeline[index]!.sources.map((source) => source.url));
    });
  });

  it('notes the caveat on dates and the chief’s spelling', async () => {
    const el = await fixture<ViolenceTimeline>(html`<violence-timeline></violence-timeline>`);
    const caveat = el.shadowRoot!.querySelector('[part="caveat"]')!.textContent!;
    expect(caveat).to.contain('Robert Orduña');
  });

  it('reads as a list without styles', async () => {
    const el = await fixture<ViolenceTimeline>(html`<violence-timeline></violence-timeline>`);
    for (const sheet of el.shadowRoot!.adoptedStyleSheets) sheet.disabled = true;
    const first = items(el)[0]!;
    expect(getComputedStyle(first).display).to.equal('list-item');
    expect(first.querySelector('time')!.textContent).to.equal('December 2006');
  });

  for (const [lang, theme] of [
    ['en', 'light'],
    ['es', 'dark'],
  ]) {
    it(`passes axe (${lang}, ${theme})`, async () => {
      const el = await fixture<ViolenceTimeline>(
        html`<violence-timeline lang=${lang!} theme=${theme!}></violence-timeline>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});
