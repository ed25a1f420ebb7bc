import { describe, expect, it } from 'vitest';
import { peekBody, readAllBytes } from '../../../src/data/stream/peek-body.ts';

const streamOf = (chunks: number[][]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });

describe('peekBody(body, length)', () => {
  it('gives the first bytes across chunks, and the whole body again', async () => {
    const { head, body } = await peekBody(streamOf([[1, 2], [3], [4, 5, 6], [7]]), 4);
    expect([...head]).toEqual([1, 2, 3, 4, 5, 6]);
    const counts: number[] = [];
    expect([...(await readAllBytes(body, (bytes) => counts.push(bytes)))]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(counts.at(-1)).toBe(7);
  });

  it('gives a body shorter than the bytes asked for, whole', async () => {
    const { head, body } = await peekBody(streamOf([[9]]), 8);
    expect([...head]).toEqual([9]);
    expect([...(await readAllBytes(body, () => {}))]).toEqual([9]);
  });

  it('gives an empty body as empty', async () => {
    const { head, body } = await peekBody(streamOf([]), 8);
    expect(head.length).toBe(0);
    expect((await readAllBytes(body, () => {})).length).toBe(0);
  });
});

describe('readAllBytes(body, onBytes, expectedBytes)', () => {
  const chunks = [[1, 2, 3], [4], [5, 6], [7, 8, 9]];
  const whole = [1, 2, 3, 4, 5, 6, 7, 8, 9];

  it('gives the body whole when its length is announced, and counts after each chunk', async () => {
    const counts: number[] = [];
    const bytes = await readAllBytes(streamOf(chunks), (read) => counts.push(read), 9);
    expect([...bytes]).toEqual(whole);
    expect(bytes.byteLength).toBe(9);
    expect(counts).toEqual([3, 4, 6, 9]);
  });

  it('gives a body longer than announced whole, not cut at the announced length', async () => {
    expect([...(await readAllBytes(streamOf(chunks), () => {}, 5))]).toEqual(whole);
    expect([...(await readAllBytes(streamOf(chunks), () => {}, 4))]).toEqual(whole);
  });

  it('gives a body shorter than announced without the bytes that never came', async () => {
    const bytes = await readAllBytes(streamOf(chunks), () => {}, 20);
    expect([...bytes]).toEqual(whole);
    expect(bytes.byteLength).toBe(9);
  });
});
