// The invented inconsistencies the checks tests plant, as tidy CSV lines: March 2024's
// month-on-month change stated as +28.0 % where its year-on-year changes give +30.9 %
// (120 × 120 / 110), and a newspaper's year-on-year change of 21.5 % against the office's 20.0.
export const TIDY_HEADER = 'geo,item,measure,period,basis,unit,value,status';

/** The office's March 2024 release, whose month-on-month change disagrees with its year-on-year ones. */
export const PLANTED_MARCH: readonly string[] = [
  TIDY_HEADER,
  'VN,TOTAL,iip,2023-03,mom,pct,20.0,official',
  'VN,TOTAL,iip,2024-02,yoy,pct,10.0,estimate',
  'VN,TOTAL,iip,2024-03,yoy,pct,20.0,estimate',
  'VN,TOTAL,iip,2024-03,mom,pct,28.0,estimate',
];

/** A newspaper's March 2024 year-on-year change, against the office's 20.0. */
export const PLANTED_NEWSPAPER: readonly string[] = [TIDY_HEADER, 'VN,TOTAL,iip,2024-03,yoy,pct,21.5,estimate'];
