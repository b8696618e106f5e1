/**
 * A plan's charts as DrawingML (ECMA-376 Part 1, §20.5 and §21.2): one drawing part anchoring each
 * chart over the plan's cells, and one chart part per chart — clustered bars or columns whose series
 * refer to the sheet's ranges, with the values the planner computed as their cache (what a reader
 * shows before it recalculates). Series colours are the look's (look.ts), the rest the reader's
 * defaults; the Office adapter makes the same chart from the same description through Excel's chart API.
 */
import { seriesColor } from '../core/plan/look';
import type { PlanChart, SheetPlan } from '../core/plan/sheet-plan';
import { columnLetters, type CellRange } from '../core/snapshot';
import { quoteSheetName } from './sheet-xml';
import { xmlAttr, xmlText } from './xml-text';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Axis ids of every chart (each chart part has its own pair). */
const CATEGORY_AXIS = 100;
const VALUE_AXIS = 200;
/** Text sizes in hundredths of a point. */
const TITLE_SIZE = 1200;
const LABEL_SIZE = 900;

/**
 * The drawing part of a sheet: one anchor per chart, from the top-left of its anchor's first cell to
 * the bottom-right of its last, each pointing at its chart part through `chartIds[i]`.
 */
export function drawingXml(charts: readonly PlanChart[], chartIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const a = chart.anchor;
    const marker = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from>${marker(a.left, a.top)}</xdr:from><xdr:to>${marker(a.right + 1, a.bottom + 1)}</xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlAttr(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${chartIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${DECLARATION}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join('')}</xdr:wsDr>`;
}

/** An absolute reference to a one-column range of the sheet named `sheet`: `'Ringkasan'!$A$40:$A$45`. */
function rangeFormula(sheet: string, r: CellRange): string {
  const col = columnLetters(r.left);
  return `${quoteSheetName(sheet)}!$${col}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
}

/** A run of text properties: size in hundredths of a point, bold or not. */
function textProperties(size: number, bold: boolean): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;
}

function solidFill(rgb: string): string {
  return `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
}

/**
 * The chart part of one chart of a plan written as sheet `sheet`: its title, one series per planned
 * series (name, fill, categories and values by reference, the planner's figures as cache), the axes
 * (the value axis in the chart's number format, with light gridlines) and the legend below.
 */
export function chartXml(chart: PlanChart, plan: Omit<SheetPlan, 'table'>, sheet: string): string {
  const bar = chart.kind === 'bar-clustered';
  const categories = chart.preview.categories;
  const categoryCache =
    `<c:strCache><c:ptCount val="${categories.length}"/>` +
    categories.map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(c)}</c:v></c:pt>`).join('') +
    '</c:strCache>';
  const series = chart.series.map((s, i) => {
    const values = chart.preview.series[i]?.values ?? [];
    const format = plan.cells[s.values.top]?.[s.values.left]?.numberFormat ?? 'General';
    const valueCache =
      `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>` +
      values
        .map((v, k) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`))
        .join('') +
      '</c:numCache>';
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
      `<c:spPr>${solidFill(seriesColor(i))}</c:spPr>` +
      '<c:invertIfNegative val="0"/>' +
      `<c:cat><c:strRef><c:f>${xmlText(rangeFormula(sheet, chart.categories))}</c:f>${categoryCache}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xmlText(rangeFormula(sheet, s.values))}</c:f>${valueCache}</c:numRef></c:val>` +
      '</c:ser>'
    );
  });
  const topDown = chart.categoriesTopDown;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/>` +
    `<c:scaling><c:orientation val="${topDown ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(LABEL_SIZE, false) +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  // With the categories top-down, the value axis crosses at the last category, which is then at the bottom.
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="${chart.valueMin}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${xmlAttr(chart.valueFormat)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(LABEL_SIZE, false) +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${topDown ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';
  const title =
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${TITLE_SIZE}" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>';
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${bar ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series.join('') +
    `<c:gapWidth val="80"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    categoryAxis +
    valueAxis +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(LABEL_SIZE, false)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}
