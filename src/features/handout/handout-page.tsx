// The handout's one page, as shown in the dialog and printed on one A4 sheet: heading, map, the nearest teams, the
// link written out, the source line.
import { useId } from 'react';
import { KindSymbol } from '../../components/kind-symbol';
import type { HandoutContent } from './handout-content';
import { HandoutMap } from './handout-map';
import type { HandoutMapModel } from './handout-map-model';

export function HandoutPage({
  content,
  map,
  titleId,
}: {
  content: HandoutContent;
  map: HandoutMapModel;
  titleId: string;
}) {
  const id = useId();
  return (
    <article className="handout__page" aria-labelledby={titleId}>
      <header className="handout__header">
        <h2 id={titleId}>{content.title}</h2>
        <p className="handout__place">{content.placeLine}</p>
      </header>
      <div className="handout__body">
        <section className="handout__map-section" aria-labelledby={`${id}-map`}>
          <h3 id={`${id}-map`} className="visually-hidden">
            {content.mapTitle}
          </h3>
          <HandoutMap model={map} label={content.mapLabel} />
        </section>
        <div className="handout__column">
          <section aria-labelledby={`${id}-list`}>
            <h3 id={`${id}-list`}>{content.listTitle}</h3>
            {content.entries.length === 0 ? (
              <p>{content.emptyList}</p>
            ) : (
              <ul className="handout__list">
                {content.entries.map((entry) => (
                  <li key={entry.kind} className="handout__entry">
                    <KindSymbol kind={entry.kind} size={26} />
                    <span className="handout__kind">{entry.kindName}</span>
                    <span className="handout__team">{entry.team}</span>
                    <span className="handout__distance">{entry.distance}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="handout__note">{content.distanceNote}</p>
          </section>
          <section aria-labelledby={`${id}-link`}>
            <h3 id={`${id}-link`}>{content.linkTitle}</h3>
            <p className="handout__link">
              <a href={content.link}>{content.link}</a>
            </p>
          </section>
        </div>
      </div>
      <footer className="handout__footer">
        {content.footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </article>
  );
}
