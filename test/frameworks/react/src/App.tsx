// The page the harness drives (test/frameworks/drive.mjs): the wrappers of refuge-widgets/react,
// and <violence-timeline> as a plain tag typed by refuge-widgets/jsx (React 19 sets its properties).
import { useState } from 'react';
import type { AsylumMetric, Locale, WidgetErrorDetail } from 'refuge-widgets';
import type {} from 'refuge-widgets/jsx';
import { AsylumStat, DrugKillingsChart, RepublishNotice } from 'refuge-widgets/react';

const articleUrl = 'https://example.org/2009/mexicans-fleeing-drug-violence';

export function App() {
  const [lang, setLang] = useState<Locale>('en');
  const [metric, setMetric] = useState<AsylumMetric>('court-grants');
  const [showChart, setShowChart] = useState(true);
  const [ready, setReady] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [copied, setCopied] = useState('');

  const onError = (event: CustomEvent<WidgetErrorDetail>) => {
    const { code } = event.detail;
    setErrors((list) => [...list, `${(event.target as Element).localName}:${code}`]);
  };

  return (
    <main>
      <p>
        <button id="toggle-lang" onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
          Language: {lang}
        </button>
        <button
          id="toggle-metric"
          onClick={() => setMetric(metric === 'court-grants' ? 'port-requests' : 'court-grants')}
        >
          Figure: {metric}
        </button>
        <button id="toggle-chart" onClick={() => setShowChart(!showChart)}>
          {showChart ? 'Remove the chart' : 'Show the chart'}
        </button>
      </p>
      <p>
        refuge-ready from asylum-stat: <output id="ready-count">{ready}</output>; refuge-error:{' '}
        <output id="errors">{errors.join(' ')}</output>; republish-copy:{' '}
        <output id="copied">{copied}</output>
      </p>
      <article className="story">
        <h1>Small numbers of Mexicans fleeing drug violence given refuge</h1>
        <p>Mexicans who flee the drug war rarely receive asylum in the United States.</p>
        <AsylumStat
          id="stat"
          lang={lang}
          metric={metric}
          onRefugeReady={() => setReady((count) => count + 1)}
          onRefugeError={onError}
        />
        {showChart && <DrugKillingsChart id="chart" lang={lang} onRefugeError={onError} />}
        <violence-timeline id="timeline" lang={lang} theme="light" />
      </article>
      <RepublishNotice
        id="notice"
        lang={lang}
        articleSelector=".story"
        articleUrl={articleUrl}
        articleTitle="Small numbers of Mexicans fleeing drug violence given refuge"
        librarySrc="https://cdn.example.org/refuge-widgets@0.1.0/dist/refuge-widgets.js"
        onRefugeError={onError}
        onRepublishCopy={(event) => setCopied(event.detail.url)}
      />
    </main>
  );
}
