// The PowerPoint writer, read back: the deck is opened as the zip it is, and each slide's chart
// part must hold the spec's numbers, categories and colours, its text the spec's words.
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../electron/core/export/formats/pptx.js';
import { EXPORT_WORDS } from '../../electron/shared/export/words.js';
import { formatDate } from '../../electron/shared/format.js';
import { BAC_NINH_TITLE, bacNinhSpec, openDeck, paragraphs, partText, provincesSpec, SCRIPT_NOTE, slideChart, slideLinks } from '../helpers/deck.js';

const EMU_PER_INCH = 914_400;

/** A 3×2 PNG (red pixels), enough for the writer to read its proportions. */
const PNG_3X2 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP4z8DAwMDAwMAAAA0AAf9S0kcAAAAASUVORK5CYII=', 'base64'));

describe('PowerPoint export', () => {
  it('draws a series as a native line chart whose cached values and categories are the spec’s, gaps left blank', async () => {
    const spec = bacNinhSpec('vi');
    const zip = await openDeck(await writePptx([spec], {}));
    const chart = await slideChart(zip, 1);

    expect(chart.xml).toContain('<c:lineChart>');
    expect(chart.categories).toEqual(spec.categories);
    expect(chart.series.map((s) => s.name)).toEqual(spec.series.map((s) => s.name));
    expect(chart.series.map((s) => s.values)).toEqual(spec.series.map((s) => s.values));
    // The spec has gaps (months have no year-to-date figure and the other way round): blank, not 0.
    expect(spec.series[0]!.values).toContain(null);
    expect(chart.series.map((s) => s.colour)).toEqual(spec.series.map((s) => s.colour.toUpperCase()));
    // A legend for the lines, the axis title, a signed % format with the published decimal.
    expect(chart.xml).toContain('<c:legend>');
    expect(chart.xml).toContain(`<a:t>${spec.axisTitle}</a:t>`);
    expect(chart.xml).toContain('<c:formatCode>+0.0"%";"−"0.0"%";0.0"%"</c:formatCode>');
    // Arial on every text of the chart.
    expect([...chart.xml.matchAll(/typeface="([^"]+)"/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['Arial']));
    expect(new Set([...chart.xml.matchAll(/typeface="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['Arial']));
  });

  it('embeds the chart’s data as a workbook, so PowerPoint can edit it', async () => {
    const zip = await openDeck(await writePptx([bacNinhSpec('vi')], {}));
    const embedded = Object.keys(zip.files).filter((f) => /^ppt\/embeddings\/.+\.xlsx$/.test(f));
    expect(embedded).toHaveLength(1);
    const { path } = await slideChart(zip, 1);
    const rels = await partText(zip, path.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'));
    expect(rels).toContain(embedded[0]!.replace('ppt/', '../'));
    const workbook = await openDeck(await zip.file(embedded[0]!)!.async('uint8array'));
    expect(await partText(workbook, 'xl/sharedStrings.xml')).toContain('Tháng');
  });

  it('writes the title, subtitle, numbered notes and source line as text, with their diacritics, markup escaped', async () => {
    const spec = bacNinhSpec('vi', '2025-12-10');
    const zip = await openDeck(await writePptx([spec], {}));
    const slide = await partText(zip, 'ppt/slides/slide1.xml');
    const texts = paragraphs(slide);

    expect(texts).toContain(BAC_NINH_TITLE);
    expect(texts).toContain(spec.subtitle);
    expect(spec.footnotes.map((f) => f.n)).toEqual([1, 2]);
    expect(texts).toContain(`1. ${SCRIPT_NOTE} — Trần Minh`);
    expect(texts).toContain('2. Số ước tính, sẽ được điều chỉnh — Nguyễn Thị Lan');
    expect(texts.find((t) => t.startsWith(spec.source))).toContain(EXPORT_WORDS.vi.asOf(formatDate('2025-12-10', 'vi')));
    expect(spec.source).toMatch(/^Nguồn: Cục Thống kê, công bố ngày /);
    // Text, never markup: the note's tag is escaped in the XML, and nowhere raw.
    expect(slide).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(slide).not.toContain('<script>');
    // The font is set on every run, and the runs say they are Vietnamese.
    const runs = [...slide.matchAll(/<a:rPr[^>]*>[\s\S]*?<\/a:rPr>/g)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const run of runs) {
      expect(run).toContain('<a:latin typeface="Arial"');
      expect(run).toContain('lang="vi-VN"');
    }
  });

  it('ranks bars highest first from the top, each in its colour, labelled with the published decimals', async () => {
    const spec = provincesSpec('vi');
    const zip = await openDeck(await writePptx([spec], {}));
    const chart = await slideChart(zip, 1);

    expect(chart.xml).toContain('<c:barDir val="bar"/>');
    expect(spec.categories.slice(0, 2)).toEqual(['Phú Thọ', 'Bắc Ninh']);
    expect(chart.categories).toEqual(spec.categories);
    expect(chart.series[0]!.values).toEqual(spec.series[0]!.values);
    expect(chart.series[0]!.values).toEqual([35.2, 18.2, 14.1, 12.4, 9.1, 8.0, 7.5, 6.8, -2.3, -5.4]);
    // PowerPoint draws the first category at the bottom: the axis runs max to min, so Phú Thọ is on top.
    expect(chart.xml).toMatch(/<c:catAx>[\s\S]*<c:orientation val="maxMin"\/>[\s\S]*<\/c:catAx>/);
    expect(chart.series[0]!.pointColours).toEqual(spec.barColours!.map((c) => c.toUpperCase()));
    expect(chart.series[0]!.pointColours.slice(-2)).toEqual(['#D55E00', '#D55E00']);
    expect(chart.xml).toContain('<c:showVal val="1"/>');
    expect(chart.xml).toContain('formatCode="+0.0&quot;%&quot;;&quot;−&quot;0.0&quot;%&quot;;0.0&quot;%&quot;"');
    expect(chart.xml).not.toContain('<c:legend>');
  });

  it('is 16:9 by default and 4:3 on request', async () => {
    const size = async (aspect?: '16:9' | '4:3') => {
      const xml = await partText(await openDeck(await writePptx([provincesSpec()], aspect ? { aspect } : {})), 'ppt/presentation.xml');
      const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(xml)!;
      return [Number(cx) / EMU_PER_INCH, Number(cy) / EMU_PER_INCH];
    };
    expect(await size()).toEqual([10, 5.625]);
    expect(await size('16:9')).toEqual([10, 5.625]);
    expect(await size('4:3')).toEqual([10, 7.5]);
  });

  it('puts one slide per spec, and the picture given for a slide instead of its native chart', async () => {
    const zip = await openDeck(await writePptx([bacNinhSpec('en'), provincesSpec('en')], { pictures: [PNG_3X2, null] }));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(2);

    const links = await slideLinks(zip, 1);
    const picture = links.find((p) => /^ppt\/media\/.+\.png$/.test(p));
    expect(links.filter((p) => p.startsWith('ppt/charts/'))).toEqual([]);
    expect(await zip.file(picture!)!.async('uint8array')).toEqual(PNG_3X2);
    // Kept in proportion (3:2) inside the chart's place.
    const pic = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(await partText(zip, 'ppt/slides/slide1.xml'))!;
    expect(Number(pic[1]) / Number(pic[2])).toBeCloseTo(1.5, 2);
    expect(paragraphs(await partText(zip, 'ppt/slides/slide1.xml'))).toContain(BAC_NINH_TITLE);

    const chart = await slideChart(zip, 2);
    expect(chart.categories).toEqual(provincesSpec('en').categories);
  });
});
