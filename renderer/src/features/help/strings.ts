// The About dialog's and the Help page's words.
import { defineStrings } from '@shared/lang.js';

export const HELP_STRINGS = defineStrings({
  vi: {
    aboutTitle: 'Giới thiệu IIP Explorer',
    aboutText: 'Ứng dụng ngoại tuyến để khám phá Chỉ số sản xuất công nghiệp (IIP) của Việt Nam.',
    version: 'Phiên bản',
    storePath: 'Kho dữ liệu',
    figures: 'Số liệu',
    releases: 'Nguồn công bố',
    series: 'Chuỗi số liệu',
    schema: 'Phiên bản cấu trúc kho',
    helpTitle: 'Hướng dẫn sử dụng',
    helpInEnglish: 'Hướng dẫn hiện chỉ có bằng tiếng Anh.',
    contents: 'Mục lục',
    helpButton: 'Trợ giúp',
    aboutButton: 'Giới thiệu ứng dụng',
    close: 'Đóng',
  },
  en: {
    aboutTitle: 'About IIP Explorer',
    aboutText: "An offline app for exploring Vietnam's Index of Industrial Production (IIP).",
    version: 'Version',
    storePath: 'Store',
    figures: 'Figures',
    releases: 'Releases',
    series: 'Series',
    schema: 'Store schema version',
    helpTitle: 'IIP Explorer help',
    helpInEnglish: 'This guide is in English.',
    contents: 'Contents',
    helpButton: 'Help',
    aboutButton: 'About the app',
    close: 'Close',
  },
});
