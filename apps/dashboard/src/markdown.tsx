import { marked, type Token, type Tokens } from 'marked';
import type { ComponentChildren, VNode } from 'preact';

/**
 * SPEC markdown → Preact elements, never through `innerHTML`: marked only tokenizes; every token becomes an
 * element whose text is set as text. Raw HTML in the markdown is shown as the text it is, links keep only
 * http(s), mailto and in-page targets (a `javascript:` link is plain text), images become links. SPECs are
 * user data: whatever they hold, nothing in them runs.
 */
export function Markdown({ source }: { source: string }): VNode {
  const tokens = marked.lexer(source, { gfm: true });
  return <div class="markdown">{blocks(tokens)}</div>;
}

/** Hrefs we let a link have; everything else is shown as text. */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (/^(https?:|mailto:)/i.test(h)) return h;
  if (h.startsWith('#')) return h;
  return null;
}

function blocks(tokens: Token[]): ComponentChildren[] {
  return tokens.map((t, i) => block(t, i));
}

function block(t: Token, key: number): ComponentChildren {
  switch (t.type) {
    case 'heading': {
      const h = t as Tokens.Heading;
      const level = Math.min(Math.max(h.depth + 1, 2), 6);
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{inline(h.tokens)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inline((t as Tokens.Paragraph).tokens)}</p>;
    case 'text': {
      const x = t as Tokens.Text;
      return <p key={key}>{x.tokens ? inline(x.tokens) : x.text}</p>;
    }
    case 'code': {
      const c = t as Tokens.Code;
      return (
        <pre key={key} class={c.lang ? `code lang-${c.lang.replace(/[^a-z0-9-]/gi, '')}` : 'code'}>
          <code>{c.text}</code>
        </pre>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks((t as Tokens.Blockquote).tokens)}</blockquote>;
    case 'list': {
      const l = t as Tokens.List;
      const items = l.items.map((item, j) => (
        <li key={j}>
          {item.task ? <span aria-hidden="true">{item.checked ? '☑ ' : '☐ '}</span> : null}
          {item.tokens.map((child, k) =>
            child.type === 'text' ? (
              <span key={k}>
                {(child as Tokens.Text).tokens
                  ? inline((child as Tokens.Text).tokens ?? [])
                  : (child as Tokens.Text).text}
              </span>
            ) : (
              block(child, k)
            ),
          )}
        </li>
      ));
      return l.ordered ? (
        <ol key={key} start={typeof l.start === 'number' ? l.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const tb = t as Tokens.Table;
      return (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Table (scrolls sideways)" key={key}>
          <table>
            <thead>
              <tr>
                {tb.header.map((cell, j) => (
                  <th key={j} scope="col">
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tb.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, j) => (
                    <td key={j}>{inline(cell.tokens)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'hr':
      return <hr key={key} />;
    case 'html':
      // Raw HTML is user text: shown, never parsed.
      return (
        <pre key={key} class="raw-html">
          {(t as Tokens.HTML).text}
        </pre>
      );
    case 'space':
      return null;
    default:
      return <p key={key}>{'raw' in t ? String(t.raw) : ''}</p>;
  }
}

function inline(tokens: Token[] | undefined): ComponentChildren[] {
  return (tokens ?? []).map((t, i) => inlineOne(t, i));
}

function inlineOne(t: Token, key: number): ComponentChildren {
  switch (t.type) {
    case 'text': {
      const x = t as Tokens.Text;
      return x.tokens ? <span key={key}>{inline(x.tokens)}</span> : x.text;
    }
    case 'escape':
      return (t as Tokens.Escape).text;
    case 'strong':
      return <strong key={key}>{inline((t as Tokens.Strong).tokens)}</strong>;
    case 'em':
      return <em key={key}>{inline((t as Tokens.Em).tokens)}</em>;
    case 'del':
      return <del key={key}>{inline((t as Tokens.Del).tokens)}</del>;
    case 'codespan':
      return <code key={key}>{(t as Tokens.Codespan).text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const l = t as Tokens.Link;
      const href = safeHref(l.href);
      if (!href) return <span key={key}>{`[${l.text}](${l.href})`}</span>;
      return (
        <a
          key={key}
          href={href}
          rel="noopener noreferrer nofollow"
          target={href.startsWith('#') ? undefined : '_blank'}
        >
          {inline(l.tokens)}
        </a>
      );
    }
    case 'image': {
      const im = t as Tokens.Image;
      const href = safeHref(im.href);
      const label = `image: ${im.text || im.href}`;
      return href ? (
        <a key={key} href={href} rel="noopener noreferrer nofollow" target="_blank">
          {label}
        </a>
      ) : (
        <span key={key}>{label}</span>
      );
    }
    case 'html':
      return <code key={key}>{(t as Tokens.HTML).text}</code>;
    default:
      return 'raw' in t ? String(t.raw) : '';
  }
}
