// A page of plain text: a heading, an introduction and titled sections (the privacy notice, the terms).
import { useEffect, useRef } from 'react';
import { useNavigation } from '../../app/navigation';
import { useTranslator } from '../settings/SettingsContext';

export interface NoticeSection {
  title: string;
  text: string;
}

export function StaticNotice({ testId, title, intro, sections }: { testId: string; title: string; intro: string; sections: NoticeSection[] }) {
  const { text } = useTranslator();
  const { back } = useNavigation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article className="static-notice" data-testid={testId}>
      <button type="button" className="button back-button" onClick={back}>
        ← {text.app.back} <kbd>Esc</kbd>
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="static-notice-intro">{intro}</p>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.text}</p>
        </section>
      ))}
    </article>
  );
}
