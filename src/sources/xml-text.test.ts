// Tests of decoding raw XML character data.
import { describe, expect, it } from 'vitest';
import { decodeXmlText } from './xml-text.js';

describe('decodeXmlText', () => {
  it.each([
    ['plain', 'plain'],
    ['a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;', `a <b> & "c" 'd'`],
    ['&#65;&#x42;', 'AB'],
    ['<![CDATA[<p>x &amp; y</p>]]>', '<p>x &amp; y</p>'],
    ['pre <![CDATA[<i>in</i>]]> post &amp;', 'pre <i>in</i> post &'],
    ['&nbsp; stays for the HTML parser', '&nbsp; stays for the HTML parser'],
    ['&#xFFFFFF; out of range stays', '&#xFFFFFF; out of range stays'],
    ['<![CDATA[unclosed', 'unclosed'],
  ])('%j → %j', (raw, expected) => {
    expect(decodeXmlText(raw)).toBe(expected);
  });
});
