/**
 * Splits a GeoJSON FeatureCollection arriving as text chunks into one JSON text per feature, so a large file
 * is parsed a feature at a time instead of as one string. Everything outside the `features` array (the
 * collection's `type`, `metadata` and other members) is kept, with `"features":[]`, as `rest()`.
 *
 * Only the top-level member named `features` whose value is an array is split; any other shape (a top-level
 * array, `features` that is not an array) ends up whole in `rest()`, so the caller's checks see it as before.
 * The splitter does not check JSON syntax: a malformed feature or rest fails in the caller's JSON.parse.
 * O(total characters), one pass, carrying at most one unfinished feature between chunks.
 */
export class FeatureSplitter {
  private buffer = '';
  private depth = 0;
  private isInString = false;
  private isEscaped = false;
  /** True between the `[` and the `]` of the top-level `features` array. */
  private isInFeatures = false;
  /** Where the current feature starts in the buffer, or −1 between features. */
  private featureStart = -1;
  /** Whether the current feature is a primitive (number, true, false, null), which ends at `,`, `]` or space. */
  private isPrimitive = false;
  private topString = '';
  private lastTopString = '';
  private restParts: string[] = [];
  private restFrom = 0;

  /** Scans one more chunk; calls `onFeature` with each complete feature's text, in order. */
  push(chunk: string, onFeature: (text: string) => void): void {
    const buffer = this.buffer + chunk;
    let i = this.buffer.length;
    const length = buffer.length;
    for (; i < length; i += 1) {
      const code = buffer.charCodeAt(i);
      if (this.isInString) {
        if (!this.isEscaped && (this.isInFeatures || this.depth !== 1)) {
          // Inside a feature's string nothing changes until its closing quote: find it natively instead of a
          // character at a time (most of a feature's characters are in its strings).
          const end = closingQuote(buffer, i);
          if (end < 0) {
            this.isEscaped = isEscapedAt(buffer, length, i);
            break;
          }
          i = end;
          this.isInString = false;
          if (this.isInFeatures && this.depth === 2 && this.featureStart >= 0) {
            onFeature(buffer.slice(this.featureStart, i + 1));
            this.featureStart = -1;
          }
          continue;
        }
        if (this.isEscaped) this.isEscaped = false;
        else if (code === BACKSLASH) this.isEscaped = true;
        else if (code === QUOTE) {
          this.isInString = false;
          if (this.depth === 1 && !this.isInFeatures) this.lastTopString = this.topString;
          else if (this.isInFeatures && this.depth === 2 && this.featureStart >= 0) {
            onFeature(buffer.slice(this.featureStart, i + 1));
            this.featureStart = -1;
          }
        } else if (this.depth === 1 && !this.isInFeatures) this.topString += buffer[i];
        continue;
      }
      if (this.isPrimitive) {
        if (code === COMMA || code === CLOSE_ARRAY || isSpace(code)) {
          onFeature(buffer.slice(this.featureStart, i));
          this.featureStart = -1;
          this.isPrimitive = false;
        } else continue;
      }
      if (code === QUOTE) {
        this.isInString = true;
        if (this.depth === 1 && !this.isInFeatures) this.topString = '';
        if (this.isInFeatures && this.depth === 2) this.featureStart = i;
      } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        if (this.isInFeatures && this.depth === 2) this.featureStart = i;
        this.depth += 1;
        if (code === OPEN_ARRAY && this.depth === 2 && this.lastTopString === 'features') {
          this.isInFeatures = true;
          this.restParts.push(buffer.slice(this.restFrom, i + 1));
        }
      } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        this.depth -= 1;
        if (this.isInFeatures && this.depth === 1) {
          this.isInFeatures = false;
          this.restFrom = i;
        } else if (this.isInFeatures && this.depth === 2 && this.featureStart >= 0) {
          onFeature(buffer.slice(this.featureStart, i + 1));
          this.featureStart = -1;
        }
      } else if (this.isInFeatures && this.depth === 2 && code !== COMMA && !isSpace(code)) {
        this.featureStart = i;
        this.isPrimitive = true;
      }
    }
    if (this.isInFeatures) {
      this.buffer = this.featureStart >= 0 ? buffer.slice(this.featureStart) : '';
      if (this.featureStart >= 0) this.featureStart = 0;
    } else {
      this.restParts.push(buffer.slice(this.restFrom));
      this.buffer = '';
    }
    this.restFrom = 0;
  }

  /** Call after the last chunk: emits a primitive left unterminated at the end of the text. */
  finish(onFeature: (text: string) => void): void {
    if (this.isPrimitive && this.featureStart >= 0) onFeature(this.buffer.slice(this.featureStart));
    this.isPrimitive = false;
    this.featureStart = -1;
    this.buffer = '';
  }

  /** The text outside the features array, with the array left empty. Call after finish(). */
  rest(): string {
    return this.restParts.join('') + (this.isInFeatures ? ']' : '');
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** The index of the first quote at or after `from` that is not escaped, or −1: where a string begun before `from` ends. */
function closingQuote(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    if (!isEscapedAt(text, quote, from)) return quote;
  }
  return -1;
}

/** Whether the character at `at` follows an odd run of backslashes (counted back to `from`, not before). */
function isEscapedAt(text: string, at: number, from: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= from && text.charCodeAt(k) === BACKSLASH; k -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
