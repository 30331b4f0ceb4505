/** The two exceljs internals inlineStrings.ts wraps (exceljs 4.4, pinned; no types shipped). */
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
