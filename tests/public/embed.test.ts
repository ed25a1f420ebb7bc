import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const script = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');
const TYPE = 'peru-protest-map:height';

/**
 * An iframe in the page with a window of its own. `srcdoc` gives it a real child window in happy-dom, which
 * refuses to load pages (even about:blank) in tests.
 */
function frame(): HTMLIFrameElement & { contentWindow: Window } {
  const element = document.createElement('iframe');
  element.srcdoc = '<p>map</p>';
  element.style.height = '500px';
  document.body.append(element);
  if (!element.contentWindow) throw new Error('happy-dom gave the iframe no window');
  return element as HTMLIFrameElement & { contentWindow: Window };
}

/** A message as the browser delivers it: `data` from the sender, `source` the sender's window. */
function post(data: unknown, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
}

describe('public/embed.js', () => {
  let globalsBefore: string[] = [];

  beforeAll(() => {
    globalsBefore = Object.keys(window);
    // The script as a publisher's page runs it: a classic script, no module system.
    new Function(script)();
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('gives the iframe that sent the message the height it asked for, rounded up to a whole pixel', () => {
    const [first, second] = [frame(), frame()];
    post({ type: TYPE, height: 812.4 }, second.contentWindow);
    expect(second.style.height).toBe('813px');
    expect(first.style.height).toBe('500px');
  });

  it('follows later messages, taller or shorter', () => {
    const target = frame();
    post({ type: TYPE, height: 900 }, target.contentWindow);
    post({ type: TYPE, height: 640 }, target.contentWindow);
    expect(target.style.height).toBe('640px');
  });

  it('ignores messages of another type or shape', () => {
    const target = frame();
    post({ type: 'other-embed:height', height: 900 }, target.contentWindow);
    post({ height: 900 }, target.contentWindow);
    post(TYPE, target.contentWindow);
    post(null, target.contentWindow);
    post([TYPE, 900], target.contentWindow);
    expect(target.style.height).toBe('500px');
  });

  it('ignores heights that are not a finite positive number, even ones Number() would accept', () => {
    const target = frame();
    for (const height of ['900', 'tall', true, [900], null, undefined, Number.NaN, Infinity, 0, -5]) {
      post({ type: TYPE, height }, target.contentWindow);
    }
    expect(target.style.height).toBe('500px');
  });

  it('ignores senders that are not one of the page’s iframes', () => {
    const target = frame();
    const removed = frame();
    // A frame taken out of the page (its window kept, as a late message would carry it) is no longer resized.
    const removedWindow = removed.contentWindow;
    removed.remove();
    post({ type: TYPE, height: 900 }, window);
    post({ type: TYPE, height: 900 }, null);
    post({ type: TYPE, height: 900 }, removedWindow);
    expect(removed.style.height).toBe('500px');
    expect(target.style.height).toBe('500px');
  });

  it('keeps the height between 200 and 4000 px', () => {
    const target = frame();
    post({ type: TYPE, height: 50 }, target.contentWindow);
    expect(target.style.height).toBe('200px');
    post({ type: TYPE, height: 1e9 }, target.contentWindow);
    expect(target.style.height).toBe('4000px');
  });

  it('adds no global to the publisher’s page', () => {
    expect(Object.keys(window)).toEqual(globalsBefore);
  });

  it('is plain ES5: no let, const, arrow functions, classes, template strings or modules', () => {
    const code = script.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(let|const|class|import|export)\b|=>|`/);
    expect(code.trim()).toMatch(/^\(function \(\) \{[\s\S]*\}\)\(\);$/);
  });
});
