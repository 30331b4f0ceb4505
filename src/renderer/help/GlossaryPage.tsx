import { PageHeading } from '../components/PageHeading';
import { GLOSSARY } from './glossary';

/** #/overview/glossary: the words of Linkages, reachable from every page's help and the menu. */
export function GlossaryPage() {
  return (
    <>
      <PageHeading>Glossary</PageHeading>
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.id} id={`term-${entry.id}`}>
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
