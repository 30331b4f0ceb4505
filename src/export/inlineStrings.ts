/**
 * Text in streamed workbooks as inline strings. exceljs's streaming writer, without a shared
 * strings table (kept off: for a million-row export it would hold every distinct text in memory),
 * writes text as `t="str"`, which ECMA-376 (18.18.11, ST_CellType) reserves for the result of a
 * formula. No reader evaluates it without an `<f>`, but a cell of user text should say plainly
 * that it is text: `t="inlineStr"` with `<is><t>`, which Excel, LibreOffice and exceljs's own
 * readers all read back as a plain string. exceljs 4.4 (pinned) has no option for it, so its cell
 * renderer is wrapped here, for that one case only; shared-string and rich-text cells are as before.
 */
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform.js';
import TextXform from 'exceljs/lib/xlsx/xform/strings/text-xform.js';

/** exceljs's Enums.ValueType.String. */
const STRING = 3;
const text = new TextXform();
const render = CellXform.prototype.render;
let installed = false;

export function writeTextAsInlineStrings(): void {
  if (installed) return;
  installed = true;
  CellXform.prototype.render = function inlineText(xmlStream, model) {
    if (model.type !== STRING || model.ssId !== undefined || typeof model.value !== 'string') {
      render.call(this, xmlStream, model);
      return;
    }
    xmlStream.openNode('c');
    xmlStream.addAttribute('r', model.address);
    if (model.styleId) xmlStream.addAttribute('s', model.styleId);
    xmlStream.addAttribute('t', 'inlineStr');
    xmlStream.openNode('is');
    text.render(xmlStream, model.value);
    xmlStream.closeNode('is');
    xmlStream.closeNode('c');
  };
}
