import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyEncoding, legacyFontEncoding } from '../../electron/core/import/read/legacy-encoding.js';

// Strings as old Vietnamese spreadsheets and documents carry them: TCVN3 (ABC, .VnTime fonts) and
// VNI (VNI-Times) bytes shown through Latin-1. The TCVN3 ones are the forms that circulate in
// converted GSO and government documents ("Toµn ngµnh c«ng nghiÖp", "Céng hoµ x· héi chñ nghÜa ViÖt Nam").
const TCVN3: [string, string][] = [
  ['Toµn ngµnh c«ng nghiÖp', 'Toàn ngành công nghiệp'],
  ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
  ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Tæng côc Thèng kª', 'Tổng cục Thống kê'],
  ['ChØ sè s¶n xuÊt c«ng nghiÖp', 'Chỉ số sản xuất công nghiệp'],
  ['Th¸ng 11 n¨m 2024 so víi cïng kú n¨m tr\u00adíc', 'Tháng 11 năm 2024 so với cùng kỳ năm trước'],
  ['S¶n xuÊt xe cã ®éng c¬', 'Sản xuất xe có động cơ'],
  ['N\u00adíc m¸y th\u00ad¬ng phÈm', 'Nước máy thương phẩm'],
  ['¦íc tÝnh', 'Ước tính'],
  ['Céng dån 11 th¸ng', 'Cộng dồn 11 tháng'],
  ['Ph©n hçn hîp N.P.K', 'Phân hỗn hợp N.P.K'],
  ['ThÐp thanh, thÐp gãc', 'Thép thanh, thép góc'],
  ['Giµy, dÐp da', 'Giày, dép da'],
  ['§iÖn s¶n xuÊt: Tû kwh', 'Điện sản xuất: Tỷ kwh'],
  ['Khai th¸c, xö lý vµ cung cÊp n\u00adíc', 'Khai thác, xử lý và cung cấp nước'],
  ['ChÕ biÕn gç vµ s¶n xuÊt s¶n phÈm tõ gç, tre, nøa', 'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa'],
  ['Söa ch÷a, b¶o d\u00adìng', 'Sửa chữa, bảo dưỡng'],
  ['Ho¹t ®éng thu gom, xö lý vµ tiªu huû r¸c th¶i', 'Hoạt động thu gom, xử lý và tiêu huỷ rác thải'],
  ['kü thuËt, ®Æc biÖt, ngo¹i h¹ng, th\u00adëng', 'kỹ thuật, đặc biệt, ngoại hạng, thưởng'],
];

const VNI: [string, string][] = [
  ['Toaøn ngaønh coâng nghieäp', 'Toàn ngành công nghiệp'],
  ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Toång cuïc Thoáng keâ', 'Tổng cục Thống kê'],
  ['Chæ soá saûn xuaát coâng nghieäp', 'Chỉ số sản xuất công nghiệp'],
  ['Thaùng 11 naêm 2024 so vôùi cuøng kyø naêm tröôùc', 'Tháng 11 năm 2024 so với cùng kỳ năm trước'],
  ['Nöôùc maùy thöông phaåm', 'Nước máy thương phẩm'],
  ['Saûn xuaát xe coù ñoäng cô', 'Sản xuất xe có động cơ'],
  ['Khai khoaùng', 'Khai khoáng'],
  ['Ñôn vò tính', 'Đơn vị tính'],
  ['Söûa chöõa, baûo döôõng', 'Sửa chữa, bảo dưỡng'],
  ['Ñaëc bieät, nghóa, vò, kyõ, Myõ, tyû, mî', 'Đặc biệt, nghĩa, vị, kỹ, Mỹ, tỷ, mỵ'],
  ['ÑIEÄN SAÛN XUAÁT', 'ĐIỆN SẢN XUẤT'],
];

describe('detectLegacyEncoding', () => {
  it.each(TCVN3)('TCVN3: %s', (text) => expect(detectLegacyEncoding(text)).toBe('tcvn3'));
  it.each(VNI)('VNI: %s', (text) => expect(detectLegacyEncoding(text)).toBe('vni'));

  it('leaves Unicode text alone, including words spelt with Latin-1 letters only', () => {
    for (const t of [
      'Toàn ngành công nghiệp',
      'Ô tô',
      'Tivi',
      'Khí hoá lỏng (LPG)',
      'hoà, quân, biên, già, khoẻ',
      'Tháng 11',
      'Giày, dép da',
      '‘000 tons',
      'Tỷ suất sinh thô (‰)',
      '',
      '108.94',
    ])
      expect(detectLegacyEncoding(t), t).toBeNull();
  });

  it('treats decomposed (NFD) Unicode as Unicode', () => {
    expect(detectLegacyEncoding('Khánh Hòa'.normalize('NFD'))).toBeNull();
  });
});

describe('decodeLegacy', () => {
  it.each(TCVN3)('TCVN3: %s', (text, want) => {
    const out = decodeLegacy(text, 'tcvn3');
    expect(out).toBe(want);
    expect(out).toBe(out.normalize('NFC'));
  });
  it.each(VNI)('VNI: %s', (text, want) => {
    const out = decodeLegacy(text, 'vni');
    expect(out).toBe(want);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('decodes short TCVN3 text that detection alone cannot tell from Latin-1', () => {
    expect(detectLegacyEncoding('QuÝ I')).toBeNull();
    expect(decodeLegacy('QuÝ I', 'tcvn3')).toBe('Quí I');
  });

  it('maps every letter of the TCVN3 (VN3) table', () => {
    const bytes = 'µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\u00adõö÷øùúûüýþ¡¢£¤¥¦§';
    expect(decodeLegacy(bytes, 'tcvn3')).toBe('àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂÊÔƠƯĐ');
  });

  it('writes text from the capitals-only .VnTimeH fonts in capitals', () => {
    expect(decodeLegacy('toµn ngµnh c«ng nghiÖp', 'tcvn3', { upperCase: true })).toBe('TOÀN NGÀNH CÔNG NGHIỆP');
  });

  it('keeps ASCII, digits and punctuation', () => {
    expect(decodeLegacy('IIP 2024: 108.94 (%)', 'tcvn3')).toBe('IIP 2024: 108.94 (%)');
    expect(decodeLegacy('IIP 2024: 108.94 (%)', 'vni')).toBe('IIP 2024: 108.94 (%)');
  });
});

describe('legacyFontEncoding', () => {
  it('knows the ABC (.Vn…) and VNI font families', () => {
    expect(legacyFontEncoding('.VnTime')).toEqual({ enc: 'tcvn3', upperCase: false });
    expect(legacyFontEncoding('.VnArialH')).toEqual({ enc: 'tcvn3', upperCase: true });
    expect(legacyFontEncoding('VNI-Times')).toEqual({ enc: 'vni', upperCase: false });
    expect(legacyFontEncoding('Times New Roman')).toBeNull();
    expect(legacyFontEncoding(undefined)).toBeNull();
  });
});
