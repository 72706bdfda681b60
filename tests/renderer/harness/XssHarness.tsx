import { useEffect } from 'react';
import { RichText } from '@renderer/content/RichText';
import { xssPayloads } from '../../fixtures/content/xss-payloads';

/** Every payload as a stem and as a cloze passage, each in its own marked box. */
export function XssHarness({ onReady }: { onReady: () => void }) {
  useEffect(() => onReady(), [onReady]);
  return (
    <main>
      <h1>XSS payloads</h1>
      {xssPayloads.map((p, i) => (
        <section key={i} data-payload={i} aria-label={`Payload ${i}`}>
          <RichText format="html" text={p.html} />
          <RichText
            format="html"
            text={p.html}
            gap={(id, n) => <input aria-label={`Gap ${n}`} data-gap={id} />}
          />
        </section>
      ))}
    </main>
  );
}
