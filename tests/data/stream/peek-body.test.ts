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
