/**
 * @module find-url-date
 * The date many news sites put in the article address: `/2021/03/04/`, `/2019/nov/18/`, `…-20191115/`.
 */
import { formatDate } from './parse-date-value.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PATH_DATE = /\/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?=[/-]|$)/i;
const SLUG_DATE = /[-_/]((?:19|20)\d\d)(\d\d)(\d\d)(?=\/?$|[/.?#])/;

/** YYYY-MM-DD from the URL's path, or undefined. */
export function findUrlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = PATH_DATE.exec(path);
  if (match) {
    const monthText = (match[2] ?? '').toLowerCase();
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS.indexOf(monthText) + 1;
    return formatDate(Number(match[1]), month, Number(match[3]));
  }
  const slug = SLUG_DATE.exec(path);
  return slug ? formatDate(Number(slug[1]), Number(slug[2]), Number(slug[3])) : undefined;
}
