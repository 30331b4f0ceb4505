/**
 * Posting dates as finance exports write them. Only unambiguous forms are read: ISO, and US
 * month/day/year (California county systems and US Excel write month first). A day/month order
 * is never guessed from the values, since 7/1 and 1/7 would both "work" and land in different
 * fiscal years.
 */
import type { IsoDate } from '../../isoDate';

export type LedgerDateReading = { ok: true; date: IsoDate } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const WITH_TIME = /^\S+(?:[ T]\d{1,2}:\d{2}|T)/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Excel's largest date, 9999-12-31. */
const EXCEL_LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

const refuse = (reason: string): LedgerDateReading => ({ ok: false, reason });

/**
 * Text: "2026-07-01", "7/1/2026", "07/01/2026", "7/1/26" (two-digit years are 20xx: a ledger has
 * no entries from the 1900s). A number: an Excel date serial, as an XLSX cell holds it.
 */
export function parseLedgerDate(value: string | number): LedgerDateReading {
  if (typeof value === 'number') return fromExcelSerial(value);
  const text = value.trim();
  if (text === '') return refuse('the date is missing');
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    return refuse(
      'this looks like an Excel date number, not a date: format the column as a date, ' +
        'or write it as 7/1/2026 or 2026-07-01',
    );
  }
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US.exec(text);
  if (us) {
    const year = us[3]?.length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    return fromParts(year, Number(us[1]), Number(us[2]), ' (dates are month/day/year)');
  }
  if (WITH_TIME.test(text)) return refuse('write the date alone, without a time of day');
  return refuse('write dates as 2026-07-01 or 7/1/2026 (month/day/year)');
}

function fromParts(year: number, month: number, day: number, order = ''): LedgerDateReading {
  if (year < 1900) return refuse(`the year ${year} is before 1900; check the date`);
  if (month < 1 || month > 12) return refuse(`month ${month} does not exist${order}`);
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return refuse(
      day < 1
        ? `day ${day} does not exist${order}`
        : `${MONTH_NAMES[month - 1]} ${year} has ${last} days, not ${day}${order}`,
    );
  }
  return { ok: true, date: isoOf(year, month, day) };
}

/**
 * Excel counts days from 1 = 1900-01-01 and, copying Lotus 1-2-3, believes 1900 was a leap year:
 * 60 is the non-existent 1900-02-29, so from 61 on every serial is one day later than a plain
 * count would say. A fraction is the time of day, which a posting date does not need.
 */
function fromExcelSerial(serial: number): LedgerDateReading {
  if (!Number.isFinite(serial)) return refuse('this is not a date');
  const day = Math.floor(serial);
  if (day < 1) return refuse(`Excel date numbers start at 1 (1900-01-01), not ${serial}`);
  if (day === 60) {
    return refuse('Excel date number 60 stands for 1900-02-29, a day that did not exist');
  }
  if (day > EXCEL_LAST_SERIAL) return refuse(`Excel date number ${serial} is after 9999-12-31`);
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const moment = new Date(epoch + day * DAY_MS);
  return {
    ok: true,
    date: isoOf(moment.getUTCFullYear(), moment.getUTCMonth() + 1, moment.getUTCDate()),
  };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoOf(year: number, month: number, day: number): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}` as IsoDate;
}
