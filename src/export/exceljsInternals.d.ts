/** The exceljs internals inlineStrings.ts and workbookXml.ts use (exceljs 4.4, pinned; no types shipped). */
interface XmlStream {
  openNode(name: string): void;
  addAttribute(name: string, value: unknown): void;
  closeNode(name?: string): void;
}

interface CellModel {
  type: number;
  address: string;
  styleId?: number;
  ssId?: number;
  value?: unknown;
}

declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform.js' {
  export default class CellXform {
    render(xmlStream: XmlStream, model: CellModel): void;
  }
}

declare module 'exceljs/lib/xlsx/xform/strings/text-xform.js' {
  export default class TextXform {
    render(xmlStream: XmlStream, model: string): void;
  }
}

/** exceljs's wrapper of saxes, the XML parser its own readers use (workbookXml.ts). */
declare module 'exceljs/lib/utils/parse-sax.js' {
  export interface SaxNode {
    name: string;
    attributes: Record<string, string>;
  }
  export type SaxEvent =
    | { eventType: 'opentag'; value: SaxNode }
    | { eventType: 'closetag'; value: SaxNode }
    | { eventType: 'text'; value: string };
  /** The events of each chunk of XML text, a chunk's worth at a time. */
  export default function parseSax(chunks: AsyncIterable<string>): AsyncGenerator<SaxEvent[]>;
}
