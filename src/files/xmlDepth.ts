/**
 * How deep a workbook part's XML nests, measured on its bytes as they are inflated, without
 * parsing. exceljs's XML parser keeps an object per open element, so a few MB of `<x><x><x>…`
 * cost hundreds of MB (measured: 1,000,000 levels in 7 MB took 370 MB); real SpreadsheetML nests
 * about 7 deep (worksheet › sheetData › row › c › is › r › t), drawings and charts about 20.
 */

/** Five times the deepest part Excel writes; far below what would cost memory. */
export const MAX_XML_DEPTH = 100;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const TEXT = 0;
const TAG_START = 1;
const IN_TAG = 2;
/** <?…?> and <!…>: declarations, comments and doctypes, which open nothing. */
const IN_MARKUP = 3;

/** Fed the part's bytes in pieces; `deepest` is the deepest nesting seen so far. */
export class XmlDepthGauge {
  deepest = 0;
  private depth = 0;
  private state = TEXT;
  private quote = 0;
  private previous = 0;

  push(bytes: Uint8Array): void {
    let { depth, state, quote, previous, deepest } = this;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (state === TEXT) {
        if (byte === LT) state = TAG_START;
      } else if (state === TAG_START) {
        if (byte === QUESTION || byte === BANG) state = IN_MARKUP;
        else {
          depth += byte === SLASH ? -1 : 1;
          if (depth > deepest) deepest = depth;
          state = IN_TAG;
        }
      } else if (state === IN_TAG) {
        if (quote !== 0) {
          if (byte === quote) quote = 0;
        } else if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) quote = byte;
        else if (byte === GT) {
          if (previous === SLASH) depth--; // <empty/>
          state = TEXT;
        }
      } else if (byte === GT) state = TEXT;
      previous = byte;
    }
    this.depth = depth;
    this.state = state;
    this.quote = quote;
    this.previous = previous;
    this.deepest = deepest;
  }
}
