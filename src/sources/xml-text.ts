// Decodes raw XML character data (kept raw by the parser for Atom content): CDATA and entities.

const XML_ENTITY = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(XML_ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The text that raw XML content stands for: CDATA sections as they are, the five XML
 * entities and numeric references decoded elsewhere (other entities are left for the HTML
 * parser that reads the result).
 * @example decodeXmlText('a &lt;b&gt; <![CDATA[<i>c</i>]]>') // 'a <b> <i>c</i>'
 */
export function decodeXmlText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start < 0) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    out += raw.slice(start + 9, end < 0 ? raw.length : end);
    i = end < 0 ? raw.length : end + 3;
  }
  return out;
}
