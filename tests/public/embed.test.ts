import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const script = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');

/** An iframe with a window of its own (happy-dom loads no frames, so each gets a stand-in window object). */
function frame(): HTMLIFrameElement & { window: object } {
  const element = document.createElement('iframe');
  element.style.height = '500px';
  const own = {};
  Object.defineProperty(element, 'contentWindow', { value: own });
  document.body.append(element);
  return Object.assign(element, { window: own });
}

/** A message event as the browser delivers it: `data` from the sender, `source` the sender's window. */
function post(data: unknown, source: object | null) {
  const event = new Event('message');
  Object.defineProperties(event, { data: { value: data }, source: { value: source } });
  window.dispatchEvent(event);
}

describe('public/embed.js', () => {
  beforeAll(() => {
    // The script as a publisher's page runs it: a classic script, no module system.
    new Function(script)();
  });

  it('gives the iframe that sent the message the height it asked for', () => {
    const [first, second] = [frame(), frame()];
    post({ type: 'peru-protest-map:height', height: 812.4 }, second.window);
    expect(second.style.height).toBe('813px');
    expect(first.style.height).toBe('500px');
  });

  it('ignores other messages, bad heights and senders that are not one of the iframes', () => {
    const target = frame();
    post({ type: 'other-embed:height', height: 900 }, target.window);
    post({ type: 'peru-protest-map:height', height: 'tall' }, target.window);
    post({ type: 'peru-protest-map:height', height: -5 }, target.window);
    post('peru-protest-map:height', target.window);
    post({ type: 'peru-protest-map:height', height: 900 }, window);
    post({ type: 'peru-protest-map:height', height: 900 }, null);
    expect(target.style.height).toBe('500px');
  });

  it('keeps the height between 200 and 4000 px', () => {
    const target = frame();
    post({ type: 'peru-protest-map:height', height: 50 }, target.window);
    expect(target.style.height).toBe('200px');
    post({ type: 'peru-protest-map:height', height: 1e9 }, target.window);
    expect(target.style.height).toBe('4000px');
  });
});
