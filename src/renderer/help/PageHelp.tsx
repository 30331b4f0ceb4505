import { hrefOf, useRoute } from '../navigation';
import { pageHelpOf } from './pageHelp';

/** Under each page's heading, closed until asked: what the page is for, and the glossary. */
export function PageHelp() {
  const route = useRoute();
  const help = route.known ? pageHelpOf(route.area.id, route.path) : undefined;
  if (!help) return null;
  return (
    <details className="page-help">
      <summary>What this page is for</summary>
      <p>
        {help} Words new to you? See the <a href={hrefOf('overview', 'glossary')}>glossary</a>.
      </p>
    </details>
  );
}
