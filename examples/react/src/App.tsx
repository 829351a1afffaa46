import { useState } from 'react';
import 'ofsted-widgets/journey'; // registers <ofsted-journey> and the timeline, scorecard and breakdown it shows
import type {} from 'ofsted-widgets/react'; // JSX types for the <ofsted-*> tags
import type { OfstedDataset } from 'ofsted-widgets/data';
import northwick from '../../datasets/northwick.json'; // a council's own dataset (fictional)
import broken from '../../datasets/broken.json'; // a file with mistakes in it, to show what users see then

const datasets: Record<string, OfstedDataset | undefined> = {
  barnet: undefined, // no `data`: the element shows its bundled dataset, `authority="barnet"`
  northwick: northwick as OfstedDataset,
  broken: broken as unknown as OfstedDataset,
};

export function App() {
  const [choice, setChoice] = useState('barnet');
  const [selected, setSelected] = useState<string | undefined>();
  const [loaded, setLoaded] = useState('');
  const [problem, setProblem] = useState('');

  return (
    <main>
      <h1>ofsted-widgets in React 19</h1>
      <label>
        Dataset{' '}
        <select
          value={choice}
          onChange={(change) => {
            setChoice(change.target.value);
            setSelected(undefined);
            setLoaded(''); // until the element reports the new dataset
            setProblem('');
          }}
        >
          <option value="barnet">Barnet (bundled)</option>
          <option value="northwick">Northwick (fictional, passed as data)</option>
          <option value="broken">A broken file</option>
        </select>
      </label>
      <p id="selected">Selected: {selected ?? 'none'}</p>
      <p id="loaded">{loaded && `Loaded: ${loaded}`}</p>
      <p id="problem">{problem && `Problem: ${problem}`}</p>

      <ofsted-journey
        authority="barnet"
        data={datasets[choice]}
        event={selected}
        onofsted-select={(event) => setSelected(event.detail.eventId)}
        onofsted-data={(event) => {
          setLoaded(`${event.detail.dataset.authority.name} (from ${event.detail.origin.input})`);
          setProblem('');
        }}
        onofsted-error={(event) => {
          setProblem(`${event.detail.kind}: ${event.detail.message}`);
          // An unknown `event` leaves the data shown; any other error means no dataset is loaded.
          if (event.detail.kind !== 'unknown-event') setLoaded('');
        }}
      />
    </main>
  );
}
