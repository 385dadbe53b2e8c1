// A chart spec as a native PowerPoint chart: pptxgenjs's chart type, series and options. The data
// is embedded with the chart (PowerPoint's "Edit Data" opens it in Excel), in the spec's colours,
// order, number formats and font.
import type * as pptxgenjs from 'pptxgenjs';
import type { ChartSpec } from '../../../shared/export/chart-spec.js';
import { GRID, INK, INK_MUTED } from '../../../shared/charts/palette.js';
import type { Unit } from '../../../shared/domain.js';

/** Installed with PowerPoint and Keynote on Windows and macOS, and covers Vietnamese. */
export const SLIDE_FONT = 'Arial';

/** pptxgenjs wants colours without the '#'. */
export const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

/** Office language tag of the spec's language (spell checking, and the locale of chart text). */
export const officeLang = (spec: ChartSpec): string => (spec.lang === 'vi' ? 'vi-VN' : 'en-GB');

/**
 * A number format code for values in this unit with the published decimals, as the screen shows
 * them: % changes signed ("+8.8%"), percentage points with their unit, indices and quantities
 * plain. A format code is locale-neutral: PowerPoint shows "8,8" in a Vietnamese Office itself.
 */
export function numberFormat(unit: Unit, decimals: number, lang: ChartSpec['lang']): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  // Positive; negative (with a true minus, as on screen); zero.
  const sections = (body: string, suffix = '', plus = '') => `${plus}${body}${suffix};"−"${body}${suffix};${body}${suffix}`;
  switch (unit) {
    case 'pct':
      return sections(digits, '"%"', '+');
    case 'pp':
      return sections(digits, lang === 'vi' ? '" điểm %"' : '" pp"');
    case 'index':
      return sections(digits);
    case 'qty':
      return sections(`#,##${digits}`);
  }
}

export interface NativeChart {
  /** One chart type, or several on one plot (a combo: lines of a second unit against a secondary axis). */
  type: pptxgenjs.default.CHART_NAME | pptxgenjs.default.IChartMulti[];
  data: pptxgenjs.default.OptsChartData[];
  options: pptxgenjs.default.IChartOpts;
}

const textStyle = { color: hex(INK), fontFace: SLIDE_FONT } as const;

/** Options both kinds share: font everywhere, muted axes, light grid, the axis title, the format. */
function commonOptions(spec: ChartSpec): pptxgenjs.default.IChartOpts {
  const format = numberFormat(spec.unit, spec.decimals, spec.lang);
  return {
    lang: officeLang(spec),
    showTitle: false,
    valLabelFormatCode: format,
    dataLabelFormatCode: format,
    dataLabelFontFace: SLIDE_FONT,
    dataLabelFontSize: 10,
    dataLabelColor: hex(INK),
    catAxisLabelFontFace: SLIDE_FONT,
    catAxisLabelFontSize: 11,
    catAxisLabelColor: hex(INK_MUTED),
    catAxisLineShow: true,
    catAxisLineColor: hex(GRID),
    valAxisLabelFontFace: SLIDE_FONT,
    valAxisLabelFontSize: 11,
    valAxisLabelColor: hex(INK_MUTED),
    valAxisLineShow: false,
    valGridLine: { color: hex(GRID), size: 0.75, style: 'solid' },
    catGridLine: { style: 'none' },
    showValAxisTitle: spec.axisTitle !== '',
    valAxisTitle: spec.axisTitle,
    valAxisTitleFontFace: SLIDE_FONT,
    valAxisTitleFontSize: 11,
    valAxisTitleColor: hex(INK_MUTED),
    legendFontFace: SLIDE_FONT,
    legendFontSize: 11,
    legendColor: textStyle.color,
    titleFontFace: SLIDE_FONT,
  };
}

const lineLook = {
  // A kind's line passes over the other kinds' periods, as on screen (a blank is never a zero).
  displayBlanksAs: 'span',
  lineSize: 2,
  lineDataSymbol: 'circle',
  lineDataSymbolSize: 7,
} as const;

const lineData = (spec: ChartSpec, series: ChartSpec['series']): pptxgenjs.default.OptsChartData[] =>
  series.map((s) => ({ name: s.name, labels: spec.categories, values: s.values as number[] }));

/** One line per series over the periods; a missing figure is a gap, not a zero. */
function lineChart(spec: ChartSpec): NativeChart {
  return {
    type: 'line',
    data: lineData(spec, spec.series),
    options: {
      ...commonOptions(spec),
      ...lineLook,
      chartColors: spec.series.map((s) => hex(s.colour)),
      showLegend: true,
      legendPos: 'b',
      catAxisLabelPos: 'low',
    },
  };
}

/**
 * Lines of two units: the first unit's against the left value axis, the other's against a secondary
 * one on the right (pptxgenjs's combo chart, whose secondary category axis is hidden), each axis
 * with its title and number format.
 */
function twoAxisLineChart(spec: ChartSpec, right: NonNullable<ChartSpec['rightAxis']>): NativeChart {
  const common = commonOptions(spec);
  const rightFormat = numberFormat(right.unit, right.decimals, spec.lang);
  const group = (onRight: boolean): pptxgenjs.default.IChartMulti => {
    const series = spec.series.filter((s) => (s.right ?? false) === onRight);
    const format = onRight ? rightFormat : common.valLabelFormatCode!;
    return {
      type: 'line',
      data: lineData(spec, series),
      options: {
        ...lineLook,
        chartColors: series.map((s) => hex(s.colour)),
        dataLabelFormatCode: format,
        ...(onRight ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
      },
    };
  };
  const valAxis = (title: string, format: string) => ({
    showValAxisTitle: title !== '',
    valAxisTitle: title,
    valAxisLabelFormatCode: format,
  });
  return {
    type: [group(false), group(true)],
    data: [],
    options: {
      ...common,
      ...lineLook,
      showLegend: true,
      legendPos: 'b',
      catAxisLabelPos: 'low',
      valAxes: [valAxis(spec.axisTitle, common.valLabelFormatCode!), { ...valAxis(right.title, rightFormat), valGridLine: { style: 'none' } }],
      catAxes: [{ catAxisTitle: '' }, { catAxisHidden: true }],
    },
  };
}

/**
 * Horizontal bars, highest first from the top. PowerPoint draws a bar chart's first category at
 * the bottom, so the category axis runs max to min; the value axis then crosses it at its max,
 * which keeps the value axis (and its title) at the bottom.
 */
function barChart(spec: ChartSpec): NativeChart {
  const reversed = { catAxisOrientation: 'maxMin', catAxisCrossesAt: 'max' } as unknown as pptxgenjs.default.IChartOpts;
  const colours = (spec.barColours ?? spec.series.map((s) => s.colour)).map(hex);
  return {
    type: 'bar',
    data: spec.series.map((s) => ({ name: s.name, labels: spec.categories, values: s.values as number[] })),
    options: {
      ...commonOptions(spec),
      ...reversed,
      barDir: 'bar',
      barGapWidthPct: 50,
      // One colour per bar (pptxgenjs writes a data point per bar when given several).
      chartColors: colours,
      invertedColors: colours,
      showValue: true,
      dataLabelPosition: 'outEnd',
      showLegend: false,
      // Names at the left edge, clear of falling bars; value labels beside the axis, at the bottom.
      catAxisLabelPos: 'low',
      valAxisLabelPos: 'nextTo',
      catAxisLabelFontSize: spec.categories.length > 15 ? 9 : 11,
      catAxisLabelColor: hex(INK),
    },
  };
}

export function nativeChart(spec: ChartSpec): NativeChart {
  if (spec.kind === 'bar') return barChart(spec);
  return spec.rightAxis && spec.series.some((s) => s.right) ? twoAxisLineChart(spec, spec.rightAxis) : lineChart(spec);
}
